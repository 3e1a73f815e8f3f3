package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.utils.IntArray;

/** The T-1000's mind as data: whom it hunts, what it knows, its route, its attack and its timers. */
public final class T1000Component implements Component {
    public Entity target;
    public T1000State state = T1000State.SEARCH;
    /** Where it last saw or was told the target was. */
    public boolean knowsTarget;
    public float lastKnownX;
    public float lastKnownY;
    /** The last gunshot it heard. */
    public boolean heardNoise;
    public float noiseX;
    public float noiseY;
    /** The player's shot count when it last listened, to notice new gunshots. */
    public int heardShots;
    /** Ticks until the police radio tells it where the target is again. */
    public int tipTicks;
    /** Ticks left of the stab's wind-up; 0 when not winding up. */
    public int windupTicks;
    public int attackCooldown;
    /** Reported reaching the target since it last got away. */
    public boolean reached;
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
    /** The behaviour-tree task running now, for the overlay. */
    public String task = "";
}
