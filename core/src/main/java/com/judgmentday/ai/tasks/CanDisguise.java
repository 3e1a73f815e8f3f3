package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Condition: True once it has sampled someone it could pass for. */
public final class CanDisguise extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        return getObject().canDisguise() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
