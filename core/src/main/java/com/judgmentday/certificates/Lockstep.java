package com.judgmentday.certificates;

import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.sim.DigestTable;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;

/**
 * Runs two simulations side by side, tick by tick, comparing their whole state hash after every tick; at the first
 * tick they differ it takes both apart ({@link StateHasher#digest}) and names the entities and components that differ.
 * Two simulations of one level, seed and input must never part: one that does is a desync.
 */
public final class Lockstep {
    /** Something done to the second run after it steps (a test nudges a body there); never in the game. */
    public interface AfterStep {
        void after(Simulation simulation);
    }

    private Lockstep() {
    }

    /** Steps both until one ends or {@code maxTicks}; returns the first divergence, or null if they never part. */
    public static Divergence run(Simulation one, InputSource oneInput, Simulation other, InputSource otherInput,
            long maxTicks, AfterStep afterOther) {
        StateHasher oneHasher = new StateHasher(one);
        StateHasher otherHasher = new StateHasher(other);
        ActionSet oneActions = new ActionSet();
        ActionSet otherActions = new ActionSet();
        while (one.tick() < maxTicks && one.outcome() == Outcome.RUNNING && other.outcome() == Outcome.RUNNING) {
            oneActions.clear();
            otherActions.clear();
            oneInput.poll(one.tick(), oneActions);
            otherInput.poll(other.tick(), otherActions);
            one.step(oneActions);
            other.step(otherActions);
            if (afterOther != null) {
                afterOther.after(other);
            }
            if (oneHasher.hash(one) != otherHasher.hash(other)) {
                return new Divergence(one.tick(), 1, Snapshot.differences(take(oneHasher, one), take(otherHasher, other),
                        Divergence.LISTED));
            }
        }
        return null;
    }

    private static Snapshot take(StateHasher hasher, Simulation simulation) {
        DigestTable table = new DigestTable();
        hasher.digest(simulation, table);
        return Snapshot.of(table);
    }
}
