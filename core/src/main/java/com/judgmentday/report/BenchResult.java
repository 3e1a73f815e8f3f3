package com.judgmentday.report;

import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** A level's measured runs ({@link Benchmark}) and the figures the table shows: medians, and the spread of the speed. */
public final class BenchResult {
    /** The targets of docs/performance.md. */
    public static final double SPEED_TARGET = 300;
    public static final double FLOOR_RATIO_TARGET = 2;
    public static final double ALLOCATION_TARGET = 64;

    /**
     * One run: its ticks and outcome; wall time of the whole ticks (the player's poll and the step), of
     * {@code world.step} alone, the T-1000's thinking, the player's poll and the part of it building graphs; building
     * the simulation and player; bytes the step, the player's poll and the agents' thinking (part of the step)
     * allocated after {@link Benchmark#SETTLE_TICKS}, over that many ticks; awake bodies (mean) and bodies (at the end).
     */
    public record Run(long ticks, Outcome outcome, long tickNanos, long physicsNanos, long aiNanos, long playerNanos,
                      long playerBuildNanos, long setupNanos, long stepBytes, long playerBytes, long aiBytes, long allocationTicks,
                      double awakeBodies, int bodies) {
        /** Simulated seconds per wall second. */
        public double speed() {
            return tickNanos == 0 ? Double.POSITIVE_INFINITY : ticks / (double) Simulation.TICKS_PER_SECOND / (tickNanos / 1e9);
        }

        /** The game's tick ({@code Simulation.step}, the player's poll left out) over the bare world step in it. */
        public double floorRatio() {
            return physicsNanos == 0 ? Double.POSITIVE_INFINITY : (tickNanos - playerNanos) / (double) physicsNanos;
        }

        /** The tick with the player's poll over the bare world step. */
        public double withPlayerRatio() {
            return physicsNanos == 0 ? Double.POSITIVE_INFINITY : tickNanos / (double) physicsNanos;
        }

        public double perTick(long nanos) {
            return ticks == 0 ? 0 : nanos / (double) ticks;
        }

    }

    public final String level;
    public final List<Run> runs;

    public BenchResult(String level, List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs measured for " + level);
        }
        this.level = level;
        this.runs = List.copyOf(runs);
    }

    public double median(ToDoubleFunction<Run> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    public double min(ToDoubleFunction<Run> figure) {
        return runs.stream().mapToDouble(figure).min().orElse(Double.NaN);
    }

    public double max(ToDoubleFunction<Run> figure) {
        return runs.stream().mapToDouble(figure).max().orElse(Double.NaN);
    }

    /** Bytes a tick (the step's and the player's) over every measured run's ticks after settling; NaN when none had any. */
    public double bytesPerTick() {
        return stepBytesPerTick() + playerBytesPerTick();
    }

    public double stepBytesPerTick() {
        return perSettledTick(runs.stream().mapToLong(Run::stepBytes).sum());
    }

    public double playerBytesPerTick() {
        return perSettledTick(runs.stream().mapToLong(Run::playerBytes).sum());
    }

    /** Of the step's bytes a tick, the agents' thinking's ({@code BrainSystem}). */
    public double aiBytesPerTick() {
        return perSettledTick(runs.stream().mapToLong(Run::aiBytes).sum());
    }

    private double perSettledTick(long bytes) {
        long ticks = runs.stream().mapToLong(Run::allocationTicks).sum();
        return ticks == 0 ? Double.NaN : bytes / (double) ticks;
    }

    /** The outcomes of the runs, one word each when they agree ("WIN"), else each counted ("WIN 3, LOSE 2"). */
    public String outcomes() {
        StringBuilder text = new StringBuilder();
        for (Outcome outcome : Outcome.values()) {
            long count = runs.stream().filter(run -> run.outcome() == outcome).count();
            if (count == runs.size()) {
                return outcome.name();
            }
            if (count > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(outcome.name()).append(' ').append(count);
            }
        }
        return text.toString();
    }
}
