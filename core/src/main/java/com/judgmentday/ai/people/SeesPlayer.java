package com.judgmentday.ai.people;

/**
 * Condition: it sees the one the player plays within its range, in front of it (or beside it, or already aimed at),
 * with nothing between.
 */
public final class SeesPlayer extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.seesPlayer();
    }
}
