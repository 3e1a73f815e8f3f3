package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Condition: armed, it sees the one the player plays within its range, in front of it, with nothing between. */
public final class SeesPlayer extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        return getObject().seesPlayer() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
