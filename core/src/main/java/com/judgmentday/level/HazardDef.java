package com.judgmentday.level;

/** Molten steel, fire or a steam jet (an area), or a liquid-nitrogen source (a point it spills from), in metres. */
public final class HazardDef {
    public enum Kind {
        MOLTEN,
        NITROGEN,
        /** Flames: heat and burns, but only molten steel ends the T-1000. */
        FIRE,
        /** A steam vent's jet: scalds while it vents, once a period. */
        STEAM
    }

    public int objectId;
    public String name;
    public Kind kind;
    /** Molten: the area's lower-left corner and size. Nitrogen: the source point, width and height 0. */
    public float x;
    public float y;
    public float width;
    public float height;
    /** Molten steel's temperature, °C (nitrogen's is in the heat tuning). */
    public float celsius;
    /** Nitrogen: litres it holds. */
    public float litres;
    /** Nitrogen: a pipe spills from the start; a tank holds until ruptured. */
    public boolean spillsAtStart;
    /** Nitrogen tank: its size (x, y is its bottom centre), metres. */
    public float tankWidth;
    public float tankHeight;
    /** Nitrogen tank: the impulse of one shot or blast that ruptures it, N·s. */
    public float ruptureImpulse;
    /** Steam: ticks from one puff to the next, each puff's length, and where in its cycle it starts. */
    public int periodTicks;
    public int dutyTicks;
    public int phaseTicks;
}
