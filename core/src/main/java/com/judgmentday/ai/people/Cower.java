package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Action: crouches where it is, hands over its head. */
public final class Cower extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        getObject().cower();
        return Status.SUCCEEDED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
