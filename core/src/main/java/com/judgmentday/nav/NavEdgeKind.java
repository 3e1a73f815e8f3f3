package com.judgmentday.nav;

/** How a navigation edge is travelled. */
public enum NavEdgeKind {
    WALK,
    JUMP,
    DROP,
    CLIMB,
    /** Through bars or a grate: only a liquid body passes. */
    POUR,
    /** Riding a moving platform from one end of its route to the other. */
    ELEVATOR
}
