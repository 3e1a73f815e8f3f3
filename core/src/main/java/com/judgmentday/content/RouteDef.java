package com.judgmentday.content;

/** How a body keeps to a route: how often it plans again, when it gives a route up, and what it does without one. */
public final class RouteDef {
    /** Ticks between plans while the goal moves. */
    public int replanTicks = 20;
    /** The goal moving this far from where the route was planned to forces a new plan, metres. */
    public float replanDistance = 2f;
    /** No progress toward the next waypoint for this many ticks: the route is given up. */
    public int stuckTicks = 90;
    /** How long a given-up route is avoided, seconds. */
    public float banSeconds = 10f;
    /** With no route known, head straight for the goal anyway (a hunter); otherwise wait (an escort). */
    public boolean pressOn = true;

}
