package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Condition: True when it knows where the target was, or heard a gunshot. */
public final class HasLead extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        return getObject().hasLead() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
