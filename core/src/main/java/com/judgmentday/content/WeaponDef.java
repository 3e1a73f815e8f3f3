package com.judgmentday.content;

/** A hitscan firearm: how many pellets, how wide, how far, how hard they push. */
public final class WeaponDef {
    public String name = "weapon";
    public int pellets = 1;
    public float spreadDegrees;
    /** Metres a pellet reaches. */
    public float range = 20f;
    /** Impulse each pellet gives the body it hits, N·s. */
    public float pelletImpulse = 1f;
    /** Impulse the shooter takes backwards per shot, N·s. */
    public float recoilImpulse;
    public int cooldownTicks = 30;
    public int magazine = 8;
    public int reloadTicks = 90;
    /** How far ahead of the shooter's centre the pellets start, metres. */
    public float muzzleForward = 0.3f;
    /** Height of the muzzle above the shooter's centre, metres (negative: below, at the hip). */
    public float muzzleHeight;
}
