package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Condition: it has given up (disarmed and covered). */
public final class IsSurrendered extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        return getObject().surrendered() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
