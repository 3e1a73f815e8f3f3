package com.judgmentday.ai.people;

/**
 * Action: grabs and holds the one the player plays for its role's grabSeconds; fails when it cannot (no grab, too
 * soon, or the T-800, who shrugs it off).
 */
public final class Grab extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.fight().grab(brain.player());
    }
}
