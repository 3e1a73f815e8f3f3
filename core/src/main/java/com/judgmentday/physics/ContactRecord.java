package com.judgmentday.physics;

/** One begin or end of contact between two tagged fixtures, kept for the systems to act on. */
public final class ContactRecord {
    public FixtureTag a;
    public FixtureTag b;
    public boolean begin;
    /** At a begin: how fast the two met, along the contact normal, m/s (0 at an end or when moving apart). */
    public float speed;
    /** At a begin: the contact normal, pointing from {@link #a}'s body to {@link #b}'s. */
    public float normalX;
    public float normalY;
    /** At a begin: one side is a breakable the other was thrown into hard enough to break it (and passes through). */
    public boolean shatters;

    /** The tag of the pair with the given role, or null. */
    public FixtureTag withRole(FixtureRole role) {
        if (a.role == role) {
            return a;
        }
        return b.role == role ? b : null;
    }

    /** The other side of the pair from {@code tag}. */
    public FixtureTag other(FixtureTag tag) {
        return tag == a ? b : a;
    }
}
