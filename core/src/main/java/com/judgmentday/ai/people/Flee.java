package com.judgmentday.ai.people;

/**
 * Action, one tick of it: runs along its graph away from the danger; fails when it is far enough or has nowhere to
 * run.
 */
public final class Flee extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.flee();
    }
}
