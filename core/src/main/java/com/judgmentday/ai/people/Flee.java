package com.judgmentday.ai.people;

import com.badlogic.gdx.ai.btree.LeafTask;
import com.badlogic.gdx.ai.btree.Task;

/** Action, one tick of it: runs along its graph away from the danger; fails when it is far enough or has nowhere to run. */
public final class Flee extends LeafTask<PersonBrain> {
    @Override
    public Status execute() {
        return getObject().flee() ? Status.SUCCEEDED : Status.FAILED;
    }

    @Override
    protected Task<PersonBrain> copyTo(Task<PersonBrain> task) {
        return task;
    }
}
