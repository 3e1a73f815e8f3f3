package com.judgmentday.soak;

/**
 * One thing a soak found: the run it happened in (level, start point, seed: the command that replays it) and the
 * tick, and what went wrong (an invariant, in words, or an exception with where it was thrown).
 */
public record SoakFailure(String level, String start, long seed, long tick, String what) {
    @Override
    public String toString() {
        return level + " from " + start + ", seed " + seed + ", tick " + tick + ": " + what;
    }
}
