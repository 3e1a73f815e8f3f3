package com.judgmentday.report;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.ai.Navigation;
import com.judgmentday.ai.BrainSystem;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

import java.lang.management.ManagementFactory;

/**
 * Plays a simulation headless as fast as the CPU allows, from an input source, until it is won or lost
 * or the tick budget runs out; measures speed and per-tick allocation and hashes the state every second.
 */
public final class Playtest {
    /** Ticks left out of the allocation measurement while the JIT and pools settle. */
    public static final int WARMUP_TICKS = 600;

    private Playtest() {
    }

    private static void trace(RunReport report, Entity entity) {
        TransformComponent at = entity == null ? null : Mappers.TRANSFORM.get(entity);
        report.positions.add(at == null ? Float.NaN : at.x);
        report.positions.add(at == null ? Float.NaN : at.y);
    }

    public static RunReport run(Simulation simulation, InputSource input, long maxTicks) {
        return run(simulation, input, maxTicks, new StateHasher(simulation));
    }

    /**
     * As above, with the hasher made by the caller: one that runs simulations on several threads makes it while it
     * builds the simulation, as a hasher asks the engine for a family through a builder the whole process shares.
     */
    public static RunReport run(Simulation simulation, InputSource input, long maxTicks, StateHasher hasher) {
        RunReport report = new RunReport();
        report.level = simulation.level().id;
        report.seed = simulation.seed();
        int seconds = (int) Math.min(Integer.MAX_VALUE / 8, maxTicks / Simulation.TICKS_PER_SECOND + 1);
        report.hashes.ensureCapacity(seconds);
        report.positions.ensureCapacity(seconds * 6);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long warmup = Math.min(WARMUP_TICKS, maxTicks / 10);
        long allocatedAtWarmup = threads.getCurrentThreadAllocatedBytes();
        long warmupTick = 0;

        ActionSet actions = new ActionSet();
        long start = System.nanoTime();
        while (simulation.tick() < maxTicks && simulation.outcome() == Outcome.RUNNING) {
            actions.clear();
            input.poll(simulation.tick(), actions);
            simulation.step(actions);
            long tick = simulation.tick();
            if (tick == warmup) {
                allocatedAtWarmup = threads.getCurrentThreadAllocatedBytes();
                warmupTick = tick;
            }
            if (tick % Simulation.TICKS_PER_SECOND == 0) {
                report.hashes.add(hasher.hash(simulation));
                trace(report, simulation.controlled());
                trace(report, simulation.john());
                trace(report, simulation.t1000());
            }
        }
        long end = System.nanoTime();
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedAtWarmup;

        report.ticks = simulation.tick();
        report.simSeconds = report.ticks / (double) Simulation.TICKS_PER_SECOND;
        report.wallSeconds = (end - start) / 1e9;
        report.speed = report.wallSeconds > 0 ? report.simSeconds / report.wallSeconds : Double.POSITIVE_INFINITY;
        long measured = report.ticks - warmupTick;
        report.allocationWarmupTicks = warmupTick;
        report.allocatedBytesPerTick = measured > 0 ? allocated / measured : 0;
        Outcome outcome = simulation.outcome();
        report.outcome = outcome == Outcome.RUNNING ? Outcome.TIMEOUT : outcome;
        report.stateHash = hasher.hash(simulation);
        report.reason = simulation.outcomeReason();
        report.events.addAll(simulation.events().events());
        report.stats.putAll(simulation.events().stats());
        report.casualties.addAll(simulation.casualties());
        for (int i = 0; i < simulation.objectives().size; i++) {
            report.objectives.add(ObjectiveResult.of(simulation, i));
        }
        report.stats.put("casualties", simulation.casualties().size);
        report.stats.put("ticks", (int) report.ticks);
        report.stats.put("entities", simulation.engine().getEntities().size());
        report.stats.put("bodies", simulation.world().getBodyCount());
        Navigation navigation = simulation.navigation();
        if (navigation != null) {
            long aiNanos = simulation.engine().getSystem(BrainSystem.class).nanos();
            report.stats.put("navNodes", navigation.graph.size());
            report.stats.put("navEdges", navigation.edgeCount());
            report.stats.put("navBuildMicros", (int) navigation.buildMicros);
            report.stats.put("pathSearches", navigation.planner.searches());
            report.stats.put("pathEdgesExamined", (int) Math.min(Integer.MAX_VALUE, navigation.planner.edgesExamined()));
            report.stats.put("aiMicros", (int) Math.min(Integer.MAX_VALUE, aiNanos / 1000));
            report.stats.put("aiNanosPerTick", report.ticks == 0 ? 0 : (int) (aiNanos / report.ticks));
        }
        return report;
    }
}
