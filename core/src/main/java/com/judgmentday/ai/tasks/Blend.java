package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Walks calmly among people as someone it sampled. */
public final class Blend extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        getObject().blend(getObject().tick());
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
