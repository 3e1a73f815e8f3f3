package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/**
 * A leaf of a person's tree, one tick at a time: it succeeds when {@link #run} says so (a condition that holds, an
 * action that acted) and fails otherwise. Leaves carry no state of their own (the person's is in its components), so
 * a clone is a new instance.
 */
abstract class PersonLeaf extends LeafTask<PersonBrain> {
    /** This tick's check or action; false fails the leaf. */
    protected abstract boolean run(PersonBrain brain);

    @Override
    public final Status execute() {
        return run(getObject()) ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected final Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
