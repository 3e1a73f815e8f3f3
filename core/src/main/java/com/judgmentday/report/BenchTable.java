package com.judgmentday.report;

import com.judgmentday.report.BenchResult.Run;
import com.judgmentday.sim.Simulation;

import java.util.List;
import java.util.Locale;

/** The benchmark's results as the Markdown table docs/performance.md shows, and the targets each level meets or misses. */
public final class BenchTable {
    private BenchTable() {
    }

    public static String table(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| level | runs | outcome | ticks | speed, x real time (range) | ticks/s | tick µs | world.step µs"
                + " | step / world.step (with the bot) | AI µs (B/tick) | bot µs (its graphs, ms) | allocated B/tick (step + bot)"
                + " | awake / bodies | setup ms |\n");
        out.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (BenchResult result : results) {
            double speed = result.median(Run::speed);
            out.append(String.format(Locale.ROOT,
                    "| %s | %d | %s | %.0f | %,.0f (%,.0f-%,.0f) | %,.0f | %.1f | %.1f | %.2f (%.2f) | %.1f (%.0f) | %.1f (%.1f) | %s |"
                            + " %.0f / %.0f | %.0f |%n",
                    result.level, result.runs.size(), result.outcomes(), result.median(Run::ticks), speed,
                    result.min(Run::speed), result.max(Run::speed), speed * Simulation.TICKS_PER_SECOND,
                    result.median(run -> run.perTick(run.tickNanos()) / 1e3),
                    result.median(run -> run.perTick(run.physicsNanos()) / 1e3), result.median(Run::floorRatio),
                    result.median(Run::withPlayerRatio), result.median(run -> run.perTick(run.aiNanos()) / 1e3), result.aiBytesPerTick(),
                    result.median(run -> run.perTick(run.playerNanos()) / 1e3),
                    result.median(run -> run.playerBuildNanos() / 1e6), bytes(result),
                    result.median(Run::awakeBodies), result.median(Run::bodies), result.median(Run::setupNanos) / 1e6));
        }
        return out.toString();
    }

    /** One line a target: met on every level, or which levels miss it and by how much. */
    public static String targets(List<BenchResult> results) {
        StringBuilder speed = new StringBuilder();
        StringBuilder ratio = new StringBuilder();
        StringBuilder bytes = new StringBuilder();
        StringBuilder unmeasured = new StringBuilder();
        for (BenchResult result : results) {
            double s = result.median(Run::speed);
            if (s < BenchResult.SPEED_TARGET) {
                speed.append(String.format(Locale.ROOT, "%s%s %.0fx", speed.length() == 0 ? "" : ", ", result.level, s));
            }
            double r = result.median(Run::floorRatio);
            if (r > BenchResult.FLOOR_RATIO_TARGET) {
                ratio.append(String.format(Locale.ROOT, "%s%s %.2f", ratio.length() == 0 ? "" : ", ", result.level, r));
            }
            double b = result.bytesPerTick();
            if (Double.isNaN(b)) {
                unmeasured.append(unmeasured.length() == 0 ? "" : ", ").append(result.level);
            } else if (b > BenchResult.ALLOCATION_TARGET) {
                bytes.append(String.format(Locale.ROOT, "%s%s %.0f B", bytes.length() == 0 ? "" : ", ", result.level, b));
            }
        }
        return line("headless >= " + (int) BenchResult.SPEED_TARGET + "x real time with the bot", speed)
                + line("the game's tick <= " + (int) BenchResult.FLOOR_RATIO_TARGET + "x the bare world.step in it", ratio)
                + allocation(results, bytes, unmeasured);
    }

    /** The allocation target's line: a level whose runs all ended by the settling tick has no figure, and meets nothing. */
    private static String allocation(List<BenchResult> results, StringBuilder missed, StringBuilder unmeasured) {
        String target = "<= " + (int) BenchResult.ALLOCATION_TARGET + " allocated bytes a tick after " + Benchmark.SETTLE_TICKS
                + " ticks";
        String none = "not measured on " + unmeasured + " (no run lasted past tick " + Benchmark.SETTLE_TICKS + ")";
        boolean measuredNone = results.stream().allMatch(result -> Double.isNaN(result.bytesPerTick()));
        if (measuredNone) {
            return target + ": " + none + "\n";
        }
        return line(target, missed).stripTrailing() + (unmeasured.length() == 0 ? "" : "; " + none) + "\n";
    }

    private static String line(String target, StringBuilder missed) {
        return target + ": " + (missed.length() == 0 ? "met on every level measured" : "MISSED on " + missed) + "\n";
    }

    private static String bytes(BenchResult result) {
        return Double.isNaN(result.bytesPerTick()) ? "(too short)" : String.format(Locale.ROOT, "%.0f (%.0f + %.0f)",
                result.bytesPerTick(), result.stepBytesPerTick(), result.playerBytesPerTick());
    }
}
