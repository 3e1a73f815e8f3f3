package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Runs the route to where the target is now. */
public final class Hunt extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        getObject().hunt(getObject().tick());
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
