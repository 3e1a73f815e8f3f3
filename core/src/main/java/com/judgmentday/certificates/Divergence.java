package com.judgmentday.certificates;

import java.util.List;

/**
 * Where two runs of the same level part: the first tick whose state hash differs (or, against a certificate, the
 * first mark that does, the difference having begun in the {@code window} ticks up to it) and what differs there.
 */
public record Divergence(long tick, int window, List<String> differences) {
    /** Differences listed before the rest are counted. */
    public static final int LISTED = 12;

    /** "tick 512: entity #14 't1000' TransformComponent differs (x 10.25 vs 10.31); ..." */
    public String describe() {
        String where = window <= 1 ? "tick " + tick : "tick " + tick + " (it began within ticks " + (tick - window + 1) + ".." + tick + ")";
        return where + ": " + (differences.isEmpty() ? "the state hash differs" : String.join("; ", differences));
    }
}
