package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.utils.IntArray;
import com.badlogic.gdx.utils.LongArray;

/** A body's route over its navigation graph (the T-1000 hunting, John following): where it goes and how it fares. */
public final class RouteComponent implements Component, Hashed {
    /** The route, as navigation node indices, and how far along it is. */
    public final IntArray path = new IntArray();
    public int pathIndex;
    public int goalNode = -1;
    public int replanTicks;
    /** Stuck detection: ticks without getting closer to the next waypoint, and the best distance so far. */
    public int stuckTicks;
    public float bestDistance = Float.MAX_VALUE;
    /** Where the current route was planned to (the goal moving far from it forces a new plan). */
    public float plannedX;
    public float plannedY;
    /** The last plan found no way to the goal. */
    public boolean noWay;
    /**
     * The edges this body gave up (stuck on them), as from and to node pairs, and the tick until which each is avoided:
     * its own, so one agent's failure bans nothing for another that shares its graph.
     */
    public final IntArray bannedEdges = new IntArray();
    public final LongArray bannedUntil = new LongArray();

    @Override
    public void hash(StateHash out) {
        out.add(path).add(pathIndex).add(goalNode).add(replanTicks).add(stuckTicks).add(bestDistance).add(plannedX)
                .add(plannedY).add(noWay).add(bannedEdges).add(bannedUntil);
    }
}
