package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Condition: something frightened it and it has not calmed down yet. */
public final class IsFrightened extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        return getObject().frightened() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
