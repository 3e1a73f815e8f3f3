package com.judgmentday.nav;

import java.util.Locale;

/** How a navigation edge is travelled. */
public enum NavEdgeKind {
    WALK,
    JUMP,
    DROP,
    CLIMB,
    /** Through bars or a grate: only a liquid body passes. */
    POUR,
    /** Riding a moving platform from one end of its route to the other. */
    ELEVATOR;

    /** The kind as reports name it ("jump"): made once, not in the tick an agent gives an edge up. */
    public final String id = name().toLowerCase(Locale.ROOT);
}
