package com.judgmentday.content;

/**
 * What takes health (each character's own is in its def, with its shutdown figures): the no-kill rules (leg hits
 * knock down), and the harm of heat and cold.
 */
public final class DamageDef {
    /** A hit below this fraction of a body's height is to the legs, metres per metre. */
    public float legFraction = 0.45f;
    /** People hit in the legs or knocked over stay down this long, ticks. */
    public int downTicks = 240;
    /** Impulse that knocks a person over, N·s. */
    public float knockDownImpulse = 60f;
    /** With a person this close ahead, the T-800 aims at their legs, metres. */
    public float aimLowRange = 10f;
    /** John protests a lethal shot at most this often, ticks. */
    public int protestTicks = 180;
    /** Damage of a T-1000 stab that lands. */
    public float stabDamage = 60f;
    /** Hotter than their hotAbove (characters) a person slows to this fraction of their speed. */
    public float hotSpeed = 0.6f;
    /** Wounded in the leg (a character object's limp), a person walks at this fraction of their speed. */
    public float limpSpeed = 0.5f;
    /** On a nitrogen-frosted floor feet stick: this fraction of a person's top speed. */
    public float frostSpeed = 0.7f;
    /**
     * In tear gas, a person without a mask (flesh; the machines breathe nothing) coughs: this fraction of their speed,
     * and no shooting; it lingers this long after they leave the cloud, seconds.
     */
    public float gasSpeed = 0.5f;
    public float gasLingerSeconds = 1.5f;
    /** Beyond their burnAbove (characters) or below this a person takes damage per second per degree past it, °C. */
    public float frostbiteBelow = -10f;
    public float burnPerDegreeSecond = 0.2f;
}
