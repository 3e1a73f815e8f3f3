package com.judgmentday.soak;

import com.judgmentday.certificates.Certificate;
import com.judgmentday.certificates.Certificates;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelDef;
import com.judgmentday.report.PlayAll;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

import java.util.List;

/**
 * Plays a level for a span of simulated time under {@link AdversarialInput}, checking {@link Invariants} after every
 * tick and catching what any tick throws. A run that ends (won, lost, broken, or {@link #RUN_TICKS} old) gives way to
 * a new simulation with the next seed from the next start point, so the whole span is played; the heap is watched
 * across them all.
 */
public final class Soak {
    /** The longest soak asked for in one go, simulated minutes (a day; about 8 minutes of wall time per level). */
    public static final int MAX_MINUTES = 24 * 60;
    /** A run still going after this long (5 simulated minutes) is cut off, so every start point gets played. */
    public static final long RUN_TICKS = 5L * 60 * Simulation.TICKS_PER_SECOND;
    /** The heap is first sampled after this long (2 simulated minutes: JIT, pools and caches settle)... */
    public static final long HEAP_WARMUP_TICKS = 2L * 60 * Simulation.TICKS_PER_SECOND;
    /** ...then once every simulated minute. */
    public static final long HEAP_EVERY_TICKS = 60L * Simulation.TICKS_PER_SECOND;
    /** Growth of the used heap after warm-up beyond this is a leak. */
    public static final long HEAP_BOUND_BYTES = 16L * 1024 * 1024;

    private final TuningDef tuning;
    private final String difficulty;
    private final boolean watchHeap;
    private final PlayAll.Player player;

    /** A soak at a difficulty (null: tuning's default); {@code watchHeap} samples the heap (full collections). */
    public Soak(TuningDef tuning, String difficulty, boolean watchHeap) {
        this(tuning, difficulty, watchHeap, (simulation, unused, seed) -> new AdversarialInput(simulation, seed));
    }

    /** As above, with another player than {@link AdversarialInput} (the bot; a test's saboteur). */
    public Soak(TuningDef tuning, String difficulty, boolean watchHeap, PlayAll.Player player) {
        this.tuning = tuning;
        this.difficulty = difficulty;
        this.watchHeap = watchHeap;
        this.player = player;
    }

    /**
     * Soaks the level for {@code ticks} simulated ticks; the first run has {@code seed} and begins at {@code start}
     * (a start point of {@link Certificates#startPoints}), each next run the next seed and start point.
     */
    public SoakResult run(LevelDef level, long ticks, long seed, String start) {
        List<String> starts = Certificates.startPoints(level);
        int first = starts.indexOf(start);
        if (first < 0) {
            throw new IllegalArgumentException(level.id + " has no start point '" + start + "' (it has: "
                    + String.join(", ", starts) + ")");
        }
        SoakResult result = new SoakResult(level.id);
        HeapWatch heap = new HeapWatch(HEAP_BOUND_BYTES);
        long nextSample = HEAP_WARMUP_TICKS;
        ActionSet actions = new ActionSet();
        long began = System.nanoTime();
        for (int run = 0; result.ticks < ticks; run++) {
            long runSeed = seed + run;
            String from = starts.get((first + run) % starts.size());
            Simulation simulation = null;
            InputSource input;
            try {
                simulation = new Simulation(level, tuning, runSeed, Certificate.START.equals(from) ? null : from, difficulty);
                input = player.play(simulation, tuning, runSeed);
                // Every other run with the invulnerability assist on: the hostile player lives long enough to reach
                // the far end of a level whose T-1000 would otherwise end every run in its first seconds.
                simulation.setInvulnerable(run % 2 == 1);
            } catch (RuntimeException e) {
                if (simulation != null) {
                    simulation.dispose();
                }
                // It would fail the same way every time: one report, and the level's soak ends.
                result.fail(new SoakFailure(level.id, from, runSeed, 0, "could not start: " + thrown(e)));
                break;
            }
            result.restarts = run;
            Invariants invariants = new Invariants(simulation);
            String wrong = invariants.check();
            while (wrong == null && result.ticks < ticks && simulation.outcome() == Outcome.RUNNING
                    && simulation.tick() < RUN_TICKS) {
                actions.clear();
                try {
                    input.poll(simulation.tick(), actions);
                    simulation.step(actions);
                    wrong = invariants.check();
                } catch (RuntimeException | StackOverflowError | AssertionError e) {
                    wrong = "threw " + thrown(e);
                }
                result.ticks++;
                if (watchHeap && result.ticks >= nextSample) {
                    heap.sample();
                    nextSample += HEAP_EVERY_TICKS;
                }
            }
            if (wrong != null) {
                result.fail(new SoakFailure(level.id, from, runSeed, simulation.tick(), wrong));
            } else if (simulation.outcome() == Outcome.WIN) {
                result.won++;
            } else if (simulation.outcome() == Outcome.LOSE) {
                result.lost++;
            } else if (simulation.tick() >= RUN_TICKS) {
                result.timedOut++;
            }
            result.tally(simulation.events().events());
            try {
                simulation.dispose();
            } catch (RuntimeException e) {
                result.fail(new SoakFailure(level.id, from, runSeed, simulation.tick(), "dispose threw " + thrown(e)));
            }
        }
        result.wallSeconds = (System.nanoTime() - began) / 1e9;
        result.leaking = heap.leaking();
        result.heap = watchHeap ? heap.describe() : "heap not watched";
        return result;
    }

    /** The exception and where in the game it came from (the first frame of ours, else the first frame). */
    static String thrown(Throwable e) {
        StackTraceElement where = null;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("com.judgmentday.")) {
                where = frame;
                break;
            }
        }
        if (where == null && e.getStackTrace().length > 0) {
            where = e.getStackTrace()[0];
        }
        return e + (where == null ? "" : " at " + where);
    }
}
