package com.judgmentday.sim;

/** Level-wide facts the systems share: the tick being played and the outcome so far. */
public final class RunState {
    public long tick;
    public Outcome outcome = Outcome.RUNNING;
}
