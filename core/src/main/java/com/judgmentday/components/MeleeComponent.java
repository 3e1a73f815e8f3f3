package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.judgmentday.content.MeleeDef;

/**
 * A character with a blow of its own (its def's melee: Sarah's broom; or its role's: a guard's baton): what the blow
 * is, when it may strike again, and whether fire was held.
 */
public final class MeleeComponent implements Component, Hashed {
    @NotState("tuning from tuning.json, the same all run")
    public final MeleeDef def;

    /** Ticks until the next blow. */
    public int cooldown;
    /** Fire was held last tick: a blow is one per press. */
    public boolean wasFiring;
    /** Blows struck so far. */
    public int blows;

    public MeleeComponent(MeleeDef def) {
        this.def = def;
    }

    @Override
    public void hash(StateHash out) {
        out.add(cooldown).add(wasFiring).add(blows);
    }
}
