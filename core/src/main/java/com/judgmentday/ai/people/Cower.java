package com.judgmentday.ai.people;

/** Action: crouches where it is, hands over its head. */
public final class Cower extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.cower();
        return true;
    }
}
