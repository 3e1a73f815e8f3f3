package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Condition: it shoots on sight (its spawn says so) and would now: its target seen, in range, no one between. */
public final class CanShoot extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        return getObject().canShoot() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
