package com.judgmentday.ai.people;

/**
 * Action, one tick of it: runs to the nearest cover point facing the one the player plays; fails when there is none
 * within its role's coverRange, or it is there (then it shoots).
 */
public final class TakeCover extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.fight().takeCover(brain.player(), brain.tick());
    }
}
