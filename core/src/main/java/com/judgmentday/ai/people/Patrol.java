package com.judgmentday.ai.people;

/** Action, one tick of it: walks its patrol path end to end and back; fails when it has none. */
public final class Patrol extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.patrol();
    }
}
