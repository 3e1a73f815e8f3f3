package com.judgmentday.nav;

import com.badlogic.gdx.ai.pfa.Connection;

/** A way from one place to another, its kind, the speed it needs and its cost in seconds. */
public final class NavEdge implements Connection<NavNode> {
    public final NavNode from;
    public final NavNode to;
    public final NavEdgeKind kind;
    /** Horizontal speed the jump or drop was planned at (and is flown at), m/s. */
    public final float vx;
    /** The way passes through bars: only a liquid body takes it. */
    public final boolean throughBars;
    /** A jump or drop over molten steel, falling short of which is death: the pool's index in the level's hazards, or -1. */
    public final int molten;
    private final float cost;

    NavEdge(NavNode from, NavNode to, NavEdgeKind kind, float vx, float cost, boolean throughBars, int molten) {
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.vx = vx;
        this.throughBars = throughBars;
        this.molten = molten;
        this.cost = cost;
    }

    /** The way leaps over molten steel. */
    public boolean overMolten() {
        return molten >= 0;
    }

    @Override
    public float getCost() {
        return cost;
    }

    @Override
    public NavNode getFromNode() {
        return from;
    }

    @Override
    public NavNode getToNode() {
        return to;
    }
}
