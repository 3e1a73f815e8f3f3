package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/** Condition: True while it poses as someone (a beat's disguise step), until its time is up or it is shot. */
public final class IsPosing extends LeafTask<T1000Brain> {
    @Override
    public Status execute() {
        return getObject().posing() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
