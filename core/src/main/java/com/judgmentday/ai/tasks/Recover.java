package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Holds still while the body flows back together. */
public final class Recover extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        getObject().recover();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
