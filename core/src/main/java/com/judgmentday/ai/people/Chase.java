package com.judgmentday.ai.people;

/** Action, one tick of it: runs at the one the player plays over its graph. */
public final class Chase extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.fight().chase(brain.player(), brain.tick());
        return true;
    }
}
