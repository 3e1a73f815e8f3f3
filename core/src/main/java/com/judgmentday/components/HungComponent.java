package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;

/** A character hung from the bottom of a load (a beat's hang step): its controls gone; lowered into molten steel, it sinks. */
public final class HungComponent implements Component, Hashed {
    /** The load it hangs from. */
    public Entity load;
    /** It went into molten steel and is gone from the scene. */
    public boolean sunk;
    /** Where the molten steel's surface was when it went in (it is drawn only above it). */
    public float surface;

    @Override
    public void hash(StateHash out) {
        out.add(load).add(sunk).add(surface);
    }
}
