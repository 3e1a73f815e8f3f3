package com.judgmentday.ai.people;

/** Condition: the one the player plays is within its blow's reach, on its floor (a role with a blow or a grab). */
public final class InReach extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.fight().inReach(brain.player());
    }
}
