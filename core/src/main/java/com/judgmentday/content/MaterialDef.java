package com.judgmentday.content;

/**
 * The T-1000's material thresholds. Cold makes it chilled (slower) and then frozen (it can't move);
 * warming past the thaw thresholds undoes them, so a body hovering at one threshold does not flicker.
 * Standing in molten steel hot enough melts it: it thrashes through its forms and is gone.
 */
public final class MaterialDef {
    /** Colder than this it is chilled, °C. */
    public float chilledBelow = -40f;
    /** Colder than this it is frozen solid, °C. */
    public float frozenBelow = -120f;
    /** A frozen body warmer than this is only chilled again, °C. */
    public float thawAbove = -100f;
    /** A chilled body warmer than this is liquid again, °C. */
    public float warmAbove = -30f;
    /** Fraction of its top speed while chilled. */
    public float chilledSpeed = 0.5f;
    /** Hotter than this while standing in molten steel, it melts, °C. */
    public float meltAbove = 600f;
    /** How long it thrashes in the steel before it is gone, ticks. */
    public int meltTicks = 150;
    /** Ticks per form it thrashes through while melting. */
    public int thrashTicks = 10;
}
