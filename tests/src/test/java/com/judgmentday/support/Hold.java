package com.judgmentday.support;

import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

/** Steps a simulation with some actions held, as a player holding buttons would. */
public final class Hold {
    private Hold() {
    }

    /** Steps {@code ticks} ticks with {@code actions} held (none: standing still). */
    public static void hold(Simulation simulation, int ticks, Action... actions) {
        step(simulation, ticks, false, actions);
    }

    /** As {@link #hold}, stopping early once the run has ended. */
    public static void holdWhileRunning(Simulation simulation, int ticks, Action... actions) {
        step(simulation, ticks, true, actions);
    }

    private static void step(Simulation simulation, int ticks, boolean untilEnd, Action... actions) {
        ActionSet set = new ActionSet();
        for (Action action : actions) {
            set.add(action);
        }
        for (int i = 0; i < ticks && (!untilEnd || simulation.outcome() == Outcome.RUNNING); i++) {
            simulation.step(set);
        }
    }
}
