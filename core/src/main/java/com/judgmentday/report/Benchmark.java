package com.judgmentday.report;

import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectIntMap;
import com.judgmentday.ai.BrainSystem;
import com.judgmentday.bot.Bot;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.systems.PhysicsSystem;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a level played by a player of code (the bot) for docs/performance.md: warm-up runs for the JIT, then
 * repeated runs of the same seed, each timed tick by tick against the bare {@code world.step} inside it (the physics
 * floor), with the T-1000's and the player's thinking, the bytes the stepping thread allocates, and how many bodies
 * are awake.
 */
public final class Benchmark {
    /** Most warm-up or measured runs a level may ask for. */
    public static final int MAX_RUNS = 100;
    /** Ticks at the start of each run left out of the allocation figure: the bot's graph and the pools being made. */
    public static final int SETTLE_TICKS = 120;
    /** Ticks between two counts of the awake bodies. */
    static final int AWAKE_EVERY = 30;

    private final TuningDef tuning;
    private final PlayAll.Player player;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Array<Body> bodies = new Array<>(false, 4096, Body.class);
    private final ActionSet actions = new ActionSet();

    public Benchmark(TuningDef tuning, PlayAll.Player player) {
        this.tuning = tuning;
        this.player = player;
    }

    /** {@code warmups} runs thrown away, then {@code runs} measured, each until won, lost or {@code maxTicks}. */
    public BenchResult measure(LevelDef level, long seed, long maxTicks, int warmups, int runs) {
        if (warmups < 0 || warmups > MAX_RUNS || runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("warm-up runs must be 0 to " + MAX_RUNS + " and measured runs 1 to " + MAX_RUNS);
        }
        for (int i = 0; i < warmups; i++) {
            run(level, seed, maxTicks);
        }
        List<BenchResult.Run> measured = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            measured.add(run(level, seed, maxTicks));
        }
        return new BenchResult(level.id, measured);
    }

    /** One run from the level's start, timed. */
    public BenchResult.Run run(LevelDef level, long seed, long maxTicks) {
        long setupStart = System.nanoTime();
        Simulation simulation = new Simulation(level, tuning, seed);
        try {
            InputSource input = player.play(simulation, tuning, seed);
            long setupNanos = System.nanoTime() - setupStart;
            PhysicsSystem physics = simulation.engine().getSystem(PhysicsSystem.class);
            BrainSystem ai = simulation.engine().getSystem(BrainSystem.class);
            long physicsBefore = physics.stepNanos();
            long aiBefore = ai == null ? 0 : ai.nanos();
            // The thinking's bytes by the last settling tick: what it allocates after is the figure.
            long aiSettled = 0;
            if (ai != null) {
                ai.measureAllocation();
            }
            long pollNanos = 0;
            long tickNanos = 0;
            long pollBytes = 0;
            long stepBytes = 0;
            long awakeSum = 0;
            int awakeCounts = 0;
            while (simulation.tick() < maxTicks && simulation.outcome() == Outcome.RUNNING) {
                // The allocation counter is read outside the timed spans: it costs a little itself.
                long before = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                actions.clear();
                input.poll(simulation.tick(), actions);
                long polled = System.nanoTime();
                long afterPoll = threads.getCurrentThreadAllocatedBytes();
                long stepStart = System.nanoTime();
                simulation.step(actions);
                long end = System.nanoTime();
                long afterStep = threads.getCurrentThreadAllocatedBytes();
                pollNanos += polled - start;
                tickNanos += (polled - start) + (end - stepStart);
                long tick = simulation.tick();
                if (tick > SETTLE_TICKS) {
                    pollBytes += afterPoll - before;
                    stepBytes += afterStep - afterPoll;
                } else if (ai != null) {
                    aiSettled = ai.bytes();
                }
                if (tick % AWAKE_EVERY == 0) {
                    awakeSum += awake(simulation);
                    awakeCounts++;
                }
            }
            long ticks = simulation.tick();
            long allocationTicks = Math.max(0, ticks - SETTLE_TICKS);
            ObjectIntMap<String> botStats = new ObjectIntMap<>();
            if (input instanceof Bot) {
                ((Bot) input).addStats(botStats);
            }
            Outcome outcome = simulation.outcome() == Outcome.RUNNING ? Outcome.TIMEOUT : simulation.outcome();
            return new BenchResult.Run(ticks, outcome, tickNanos, physics.stepNanos() - physicsBefore,
                    ai == null ? 0 : ai.nanos() - aiBefore, pollNanos, botStats.get("botNavBuildMicros", 0) * 1000L,
                    setupNanos, stepBytes, pollBytes, ai == null ? 0 : ai.bytes() - aiSettled, allocationTicks, awakeCounts == 0 ? 0 : awakeSum / (double) awakeCounts,
                    simulation.world().getBodyCount());
        } finally {
            simulation.dispose();
        }
    }

    /** Dynamic and kinematic bodies awake now (static ones never sleep nor cost a step). */
    private int awake(Simulation simulation) {
        simulation.world().getBodies(bodies);
        int awake = 0;
        for (int i = 0; i < bodies.size; i++) {
            Body body = bodies.items[i];
            if (body.isAwake() && body.getType() != com.badlogic.gdx.physics.box2d.BodyDef.BodyType.StaticBody) {
                awake++;
            }
        }
        return awake;
    }
}
