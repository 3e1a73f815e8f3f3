package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Condition: True when the target is within the blade arm's reach and the arm is ready. */
public final class IsInStabRange extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        return getObject().inStabRange() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
