package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Action, one tick of it: faces the one the player plays and aims (the tell), then fires once, and aims again. */
public final class Shoot extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        getObject().shoot();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
