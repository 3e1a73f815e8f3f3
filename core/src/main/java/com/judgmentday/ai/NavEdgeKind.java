package com.judgmentday.ai;

/** How a navigation edge is travelled. */
public enum NavEdgeKind {
    WALK,
    JUMP,
    DROP,
    CLIMB,
    /** Through bars or a grate: only a liquid body passes. */
    POUR
}
