package com.judgmentday.content;

/** How an escort keeps up with its leader. */
public final class FollowDef {
    /** Distance it is happy to stay behind, metres. */
    public float distance = 2.5f;
    /** Beyond this distance it runs flat out, metres. */
    public float runDistance = 5f;
    /** Fraction of top speed it walks at when just beyond {@link #distance}; it runs at {@link #runDistance}. */
    public float walkSpeedFraction = 0.5f;
    /** A leader less than this higher or lower counts as on the same floor, metres. */
    public float sameFloor = 1f;
    /** How the escort keeps to its route to the leader (without one it waits where it is: pressOn false). */
    public RouteDef route = new RouteDef();
}
