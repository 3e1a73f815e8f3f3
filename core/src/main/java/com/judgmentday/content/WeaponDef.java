package com.judgmentday.content;

/**
 * A firearm from tuning: either hitscan (pellets or bullets that hit at once along rays) or a grenade
 * launcher (a bouncing shell on a fuse whose blast pushes with ray-cast impulses, so walls shield).
 */
public final class WeaponDef {
    /** Named in lower case in tuning.json ("hitscan", "grenade"). */
    public enum Kind {
        HITSCAN,
        GRENADE;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String name = "weapon";
    public Kind kind = Kind.HITSCAN;
    /** Holding fire keeps firing (M16, minigun); otherwise one shot per press. */
    public boolean automatic;
    /** It takes both hands: a one-armed character can't use it (switching skips it). */
    public boolean twoHanded;
    /** Ticks the trigger must be held before the first shot (the minigun's barrels spinning up). */
    public int spinUpTicks;
    public int pellets = 1;
    public float spreadDegrees;
    /** Metres a pellet reaches. */
    public float range = 20f;
    /** Impulse each pellet gives the body it hits, N·s. */
    public float pelletImpulse = 1f;
    /**
     * The share of {@link #pelletImpulse} a pellet still carries at the weapon's full range, falling off evenly from
     * the muzzle (1: none lost). A shotgun blast up close throws the T-1000 metres; from across a hall it only
     * splashes it.
     */
    public float impulseAtRange = 1f;

    /** What a pellet still carries {@code fraction} of its range out: all of it at the muzzle, impulseAtRange at the end. */
    public float pelletImpulseAt(float fraction) {
        return pelletImpulse * (1f - (1f - impulseAtRange) * fraction);
    }

    /** The blow every pellet of a shot lands on a body {@code metres} off (0 beyond its range or for a launcher). */
    public float blowAt(float metres) {
        return kind != Kind.HITSCAN || metres > range ? 0f : pellets * pelletImpulseAt(Math.max(0f, metres) / range);
    }
    /** Damage points each pellet (or the blast at its centre) does to a body with health. */
    public float damage = 10f;
    /** Impulse the shooter takes backwards per shot, N·s. */
    public float recoilImpulse;
    public int cooldownTicks = 30;
    public int magazine = 8;
    /** Rounds carried besides the magazine when the weapon is picked up. */
    public int reserve;
    public int reloadTicks = 90;
    /**
     * It loads one round at a time (a pump shotgun's shells), each in {@code reloadTicks / magazine}: a press with one
     * in fires, so an empty gun has a shot again soon (testers ran dry and stood 2 s with J doing nothing).
     */
    public boolean shellByShell;
    /** It throws out a spent case per shot (an event for rendering and sound). */
    public boolean ejectsShells = true;
    /** How far ahead of the shooter's centre the pellets start, metres. */
    public float muzzleForward = 0.3f;
    /** Height of the muzzle above the shooter's centre, metres (negative: below, at the hip). */
    public float muzzleHeight;
    /** Grenade: launch speed, m/s, and elevation above the facing direction, degrees. */
    public float launchSpeed = 15f;
    public float launchDegrees = 12f;
    /** Grenade: ticks from launch to blast, unless it strikes a character first. */
    public int fuseTicks = 90;
    /** Grenade: restitution when it bounces off the ground (0 dead, 1 perfect). */
    public float bounce = 0.4f;
    /** Grenade: radius of the shell, metres. */
    public float shellRadius = 0.06f;
    /** Grenade blast: reach, metres, and the impulse all its rays together carry, N·s. */
    public float blastRadius = 4f;
    public float blastImpulse = 800f;
    /** Grenade blast: rays cast around the centre; each pushes the first thing it meets. */
    public int blastRays = 32;
    /** Grenade blast: heat each ray gives what it strikes at the centre, °C for a heat capacity of 1. */
    public float blastCelsius;
    /**
     * A tear-gas canister (a grenade that bursts into a cloud instead of a blast): the cloud's radius, metres, and how
     * long it hangs, seconds; 0: a grenade that blasts.
     */
    public float gasRadius;
    public float gasSeconds;

    /** A canister that bursts into tear gas rather than a blast. */
    public boolean gas() {
        return gasSeconds > 0f;
    }
}
