package com.judgmentday.ai.people;

/** Action, one tick of it: faces the one the player plays and aims (the tell), then fires once, and aims again. */
public final class Shoot extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.shoot();
        return true;
    }
}
