package com.judgmentday.physics;

/** One begin or end of contact between two tagged fixtures, kept for the systems to act on. */
public final class ContactRecord {
    public FixtureTag a;
    public FixtureTag b;
    public boolean begin;

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
