package com.judgmentday.ai.people;

/**
 * Action (never succeeds): advancing in pairs, in cover long enough while its partner holds, it picks the next cover
 * toward the one the player plays, for the cover run that follows in its tree.
 */
public final class Advance extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.squad().advance(brain.player());
    }
}
