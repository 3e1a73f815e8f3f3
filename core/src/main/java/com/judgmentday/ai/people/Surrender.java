package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Action: hands up where it stands. */
public final class Surrender extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        getObject().surrender();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
