package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;

/**
 * A character a beat's {@code volley} step has firing at someone (the real Sarah pumping her shells into the T-1000):
 * it stands, faces its mark and pulls the trigger each time its weapon is ready, until it has fired its shots.
 */
public final class VolleyComponent implements Component, Hashed {
    public Entity mark;
    /** Shots still to fire. */
    public int shots;
    /** The weapon's shot count when it last looked, to count the shots fired since. */
    public int fired;

    @Override
    public void hash(StateHash out) {
        out.add(mark).add(shots).add(fired);
    }
}
