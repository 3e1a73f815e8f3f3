package com.judgmentday.ai;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/**
 * A leaf of an agent's tree, one tick at a time: it succeeds when {@link #run} says so (a condition that holds, an
 * action that acted) and fails otherwise. Leaves carry no state of their own (the agent's is in its components), so a
 * clone is a new instance. The T-1000's and people's leaves extend it for their blackboards.
 */
public abstract class BrainLeaf<B> extends LeafTask<B> {
    /** This tick's check or action; false fails the leaf. */
    protected abstract boolean run(B brain);

    @Override
    public final Status execute() {
        return run(getObject()) ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected final Task<B> copyTo(Task<B> task) {
        return task;
    }
}
