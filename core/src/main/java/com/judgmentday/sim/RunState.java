package com.judgmentday.sim;

import com.badlogic.gdx.utils.Array;

/** Level-wide facts the systems share: the tick being played, the outcome so far, the casualty ledger. */
public final class RunState {
    public long tick;
    public Outcome outcome = Outcome.RUNNING;
    /**
     * Assist: the T-800 and John take no damage and John can't be caught. Set between ticks by whoever runs
     * the simulation; part of the state hash, so a run with it on never matches one without.
     */
    public boolean invulnerable;
    /** The level has John (he protests lethal shots). */
    public boolean johnPresent;
    /** Everyone who died this run, in order; the promise is that it stays empty. */
    public final Array<Casualty> casualties = new Array<>(false, 4, Casualty.class);

    /** Ends the run as lost, once (a later reason does not overwrite the first). */
    public boolean lose() {
        if (outcome != Outcome.RUNNING) {
            return false;
        }
        outcome = Outcome.LOSE;
        return true;
    }
}
