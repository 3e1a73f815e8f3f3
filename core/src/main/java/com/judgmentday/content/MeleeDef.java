package com.judgmentday.content;

/** A close blow (Sarah's broom handle): its reach, its push and what it costs the one struck. */
public final class MeleeDef {
    /** What reports call it ("broom"). */
    public String name = "";
    /** Reach in front of the body's edge, metres. */
    public float range = 0.9f;
    /** Push on the one struck, N·s: at tuning's knockDownImpulse or more it knocks a person down. */
    public float impulse = 70f;
    /** Health it takes; 0 for a blow that knocks down without killing. */
    public float damage;
    /** Ticks between blows. */
    public int cooldownTicks = 30;
}
