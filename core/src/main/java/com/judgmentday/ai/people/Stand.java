package com.judgmentday.ai.people;

/** Action: stands where it is (calm). */
public final class Stand extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.stand();
        return true;
    }
}
