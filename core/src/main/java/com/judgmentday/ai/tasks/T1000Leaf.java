package com.judgmentday.ai.tasks;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;
import com.judgmentday.ai.T1000Brain;

/**
 * A leaf of the T-1000's tree, one tick at a time (the tree is evaluated afresh every tick): it succeeds when
 * {@link #run} says so (a condition that holds, an action that acted) and fails otherwise. Leaves carry no state of
 * their own (the T-1000's is in its components), so a clone is a new instance.
 */
abstract class T1000Leaf extends LeafTask<T1000Brain> {
    /** This tick's check or action; false fails the leaf. */
    protected abstract boolean run(T1000Brain brain);

    @Override
    public final Status execute() {
        return run(getObject()) ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected final Task<T1000Brain> copyTo(Task<T1000Brain> task) {
        return task;
    }
}
