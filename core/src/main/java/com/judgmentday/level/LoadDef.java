package com.judgmentday.level;

/** A load hung by a chain from a fixed anchor: its body at rest, the anchor, its start angle, and what a hit does. */
public final class LoadDef {
    public String name;
    public int objectId;
    /** beam, crate, bucket or ladle: what it looks like. */
    public String kind;
    /** Its rectangle hanging at rest: lower-left corner and size, metres. */
    public float x;
    public float y;
    public float width;
    public float height;
    /** Metres of chain from the top of the load up to its anchor. */
    public float chain;
    /** Degrees from hanging straight down it starts at (positive: swung to the right). */
    public float swingDegrees;
    public float mass;
    /** Damage to a character it strikes at {@link #hitSpeed} or faster, m/s. */
    public float damage;
    public float hitSpeed;
    /** Its damage can kill people (otherwise it only knocks them down). */
    public boolean lethal;
    /** A shot or blast at the chain drops it. */
    public boolean cuttable;

    public float anchorX() {
        return x + width / 2f;
    }

    public float anchorY() {
        return y + height + chain;
    }
}
