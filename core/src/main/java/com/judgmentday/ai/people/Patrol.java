package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Action, one tick of it: walks its patrol path end to end and back; fails when it has none. */
public final class Patrol extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        return getObject().patrol() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
