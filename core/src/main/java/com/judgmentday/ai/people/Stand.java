package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Action: stands where it is (calm). */
public final class Stand extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        getObject().stand();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
