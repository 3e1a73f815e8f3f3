package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it: Stands still in the look it took, facing its target, its feet fused into the floor. */
public final class Pose extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        getObject().pose();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
