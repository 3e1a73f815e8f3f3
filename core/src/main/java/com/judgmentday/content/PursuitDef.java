package com.judgmentday.content;

/** How the T-1000 hunts at one difficulty: senses, planning rhythm, its attack, and how it takes hits. */
public final class PursuitDef {
    /** Multiplies its tuned top speed. */
    public float speedScale = 1f;
    /** How far it sees along a clear line, metres. */
    public float sightRange = 14f;
    /** Seconds between police-radio tips of where its target is, when it can't see it. */
    public float tipSeconds = 4f;
    /** Closer than this to its target, it has reached it, metres. */
    public float reachDistance = 1.2f;
    /** The blade-arm's reach, metres. */
    public float stabRange = 1.4f;
    /** The visible wind-up before a stab lands, ticks: the player's chance to react. */
    public int stabWindupTicks = 24;
    public int stabCooldownTicks = 50;
    /** A hit with at least this impulse in one tick knocks it back, N*s. */
    public float knockbackImpulse = 60f;
    /** Speed a knock-back throws it at, away from the blow, m/s, when the blow is {@link #knockbackFull} or more. */
    public float knockbackSpeed = 6f;
    /** The blow that throws it at the full {@link #knockbackSpeed}, N*s; a weaker one (a shell from afar) throws it slower. */
    public float knockbackFull = 250f;
    /**
     * How hard it brakes sliding along the floor while it recovers from a knock-back, m/s² (its feet have no grip: a
     * shell throws it metres, not the step its running brake would allow).
     */
    public float knockbackBrake = 6f;
    /** A blow at least this hard bursts it open (a grenade), N*s: a long recovery. */
    public float burstImpulse = 400f;
    public int burstRecoverTicks = 180;
    /** Ticks it needs to recover from a knock-back. */
    public int recoverTicks = 45;
    /**
     * A T-1000 a beat told to brace (brace t1000 4), knocked back that many times with no more than this between two blows,
     * ticks, leans into the shells for {@link #braceTicks}: a blow then throws it {@link #bracedThrow} as fast, and it
     * recovers in {@link #bracedRecoverTicks}. The brace starts as it recovers from the knock-back that set it: it lasts
     * recoverTicks + braceTicks from that blow. A shell every 0.8 s pinned the Galleria's cop for good.
     */
    public int braceWindowTicks = 150;
    public int braceTicks = 90;
    public float bracedThrow = 0.1f;
    public int bracedRecoverTicks = 0;
    /** Ticks for one bullet hole to close. */
    public int holeCloseTicks = 40;
    /** Each open hole slows it this much (fraction of top speed), up to {@link #maxSlow}. */
    public float slowPerHole = 0.04f;
    public float maxSlow = 0.5f;
    /** Fraction of top speed it walks at while disguised among people. */
    public float disguiseSpeed = 0.4f;
    /** Closer than this to a person, it touches and samples them, metres. */
    public float touchDistance = 1f;
    /** A T-1000 whose spawn says it shoots: how far it fires at its quarry on sight, metres (0: never). */
    public float shootRange = 12f;
    /** How long it stands and aims before each shot (the red line: the player's tell), ticks. */
    public int aimTicks = 36;
    /** After a shot, how long it closes in before it stops to aim again, ticks. */
    public int shotCooldownTicks = 100;
    /** How it keeps to its route (it presses on toward its target even when it knows none). */
    public RouteDef route = new RouteDef();
}
