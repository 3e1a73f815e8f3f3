package com.judgmentday.physics;

/** Box2D category bits and what each category collides with. */
public final class CollisionBits {
    public static final short SOLID = 0x0001;
    public static final short CHARACTER = 0x0002;
    public static final short PROP = 0x0004;
    public static final short ZONE = 0x0008;
    public static final short FOOT = 0x0010;
    /** Cell bars and grates: solid to people, not to the T-1000. */
    public static final short BARS = 0x0020;
    /** Grenades in flight. */
    public static final short PROJECTILE = 0x0040;
    /** The T-1000's frozen shards and liquid droplets. */
    public static final short FRAGMENT = 0x0080;

    /** An opened body (a broken pane or wall): in no category and colliding with nothing; rays pass it too. */
    public static final short OPENED = 0;

    /** A character whose body stops the T-1000 (its def's blocksPursuer: the T-800, and whoever is played); also in CHARACTER. */
    public static final short BLOCKER = 0x0100;
    /** The T-1000's body, the one a blocking body meets; also in CHARACTER. */
    public static final short PURSUER = 0x0200;

    /** Characters pass through each other so an escort never blocks its protector. */
    public static final short CHARACTER_MASK = SOLID | PROP | ZONE | BARS;
    /**
     * A blocking body also meets the T-1000; people, and other blocking bodies, still pass it (Sarah or John played
     * walked into the T-800 and stopped there).
     */
    public static final short BLOCKER_MASK = CHARACTER_MASK | PURSUER;
    /** The T-1000 pours through bars and past people, not past a blocking body. */
    public static final short LIQUID_MASK = SOLID | PROP | ZONE | BLOCKER;
    public static final short PROP_MASK = SOLID | PROP | CHARACTER | FOOT | BARS | PROJECTILE | FRAGMENT;
    public static final short SOLID_MASK = CHARACTER | PROP | FOOT | PROJECTILE | FRAGMENT;
    public static final short BARS_MASK = CHARACTER | PROP | FOOT | PROJECTILE;
    /** A grenade bounces off the level and props; it passes people (the system sets it off on them). */
    public static final short PROJECTILE_MASK = SOLID | PROP | BARS;
    /** Shards and droplets lie on the level and props (droplets run through bars) and pass each other. */
    public static final short FRAGMENT_MASK = SOLID | PROP;
    public static final short ZONE_MASK = CHARACTER;
    public static final short FOOT_MASK = SOLID | PROP | BARS;
    /** The T-1000's feet don't stand on what it pours through. */
    public static final short LIQUID_FOOT_MASK = SOLID | PROP;

    private CollisionBits() {
    }
}
