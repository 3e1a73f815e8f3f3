package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Condition: it carries a weapon (not disarmed, or an unarmed role). */
public final class IsArmed extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        return getObject().armed() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
