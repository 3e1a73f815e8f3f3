package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A character with a blow of its own (its def's melee): when it may strike again, and whether fire was held. */
public final class MeleeComponent implements Component, Hashed {
    /** Ticks until the next blow. */
    public int cooldown;
    /** Fire was held last tick: a blow is one per press. */
    public boolean wasFiring;
    /** Blows struck so far. */
    public int blows;

    @Override
    public void hash(StateHash out) {
        out.add(cooldown).add(wasFiring).add(blows);
    }
}
