package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Condition: True while its body flows back together after a knock-back. */
public final class IsRecovering extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        return getObject().recovering() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
