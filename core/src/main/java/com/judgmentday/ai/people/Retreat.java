package com.judgmentday.ai.people;

/**
 * Action, one tick of it: backs away from the one the player plays, its role's retreat, and stays there while
 * suppressed.
 */
public final class Retreat extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.fight().retreat(brain.tick());
        return true;
    }
}
