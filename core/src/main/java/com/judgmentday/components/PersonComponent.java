package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A person in the level (civilian, guard, police...): someone the T-1000 can sample and become. */
public final class PersonComponent implements Component, Hashed {
    public String role = "civilian";
    /** A line of dialogue the T-1000 can copy once it has sampled them; empty for none. */
    public String line = "";
    /** The path it patrols (x, feet y pairs), as the map draws it; empty: none. */
    @NotState("the map's path, the same all run")
    public float[] patrol = new float[0];

    @Override
    public void hash(StateHash out) {
        out.add(role).add(line);
    }
}
