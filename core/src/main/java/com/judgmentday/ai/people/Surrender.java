package com.judgmentday.ai.people;

/** Action: hands up where it stands. */
public final class Surrender extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.surrender();
        return true;
    }
}
