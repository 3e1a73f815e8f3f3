package com.judgmentday.level;

/** A person placed in the level: where they stand (feet) and who they are. */
public final class PersonDef {
    public int objectId;
    public String role;
    public String line;
    /** The path it patrols, as x, feet y pairs, metres; empty: none. */
    public float[] path = new float[0];
    public float x;
    public float y;
    /** Seconds into the level before they enter. */
    public float delay;
}
