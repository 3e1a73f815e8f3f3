package com.judgmentday.ai.people;

/** Action: strikes its role's blow at the one the player plays whenever it may again; fails without a blow. */
public final class Club extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.fight().club(brain.player());
    }
}
