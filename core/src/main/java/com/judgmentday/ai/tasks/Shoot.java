package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it: stands and aims its gun (the red line), and fires once it has aimed its time. */
public final class Shoot extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        getObject().shoot();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
