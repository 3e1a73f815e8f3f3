package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Action, one tick of it: runs along its graph to where the danger was, and stays there. */
public final class Investigate extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        getObject().investigate();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
