package com.judgmentday.ai.people;

/** Action, one tick of it: runs along its graph to where the danger was, and stays there. */
public final class Investigate extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.investigate();
        return true;
    }
}
