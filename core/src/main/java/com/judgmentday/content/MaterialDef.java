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
    /** Fraction of its top speed while chilled with its feet on a frosted (nitrogen-covered) floor. */
    public float frostStick = 0.3f;
    /** Ticks a frozen T-1000 strains against its body before a limb snaps off, and how many limbs can go. */
    public int strainTicks = 45;
    public int limbs = 2;
    /** The least blow that shatters it while frozen, N·s. */
    public float shatterImpulse = 20f;
    /** Shards it breaks into, their density (kg/m²) and the random speed they fly apart with, m/s. */
    public int fragments = 16;
    public float fragmentDensity = 40f;
    public float scatterSpeed = 3f;
    /** Droplets merge when their centres are this close, metres. */
    public float mergeDistance = 0.3f;
    /** How fast droplets flow toward the largest one, m/s, and how hard they accelerate, m/s². */
    public float dropletSpeed = 3f;
    public float dropletAccel = 25f;
    /** After this many ticks re-forming, droplets that still haven't reached the rest seep back in. */
    public int reformTimeoutTicks = 600;
    /** Ticks the re-formed blob takes to stand up as the T-1000 (it can't act meanwhile). */
    public int standTicks = 60;
}
