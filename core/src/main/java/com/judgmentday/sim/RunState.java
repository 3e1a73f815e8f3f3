package com.judgmentday.sim;

import com.badlogic.gdx.utils.Array;

/** Level-wide facts the systems share: the tick being played, the outcome so far, the casualty ledger. */
public final class RunState {
    public long tick;
    public Outcome outcome = Outcome.RUNNING;
    /** Why the run ended, for the player ("John caught by the T-1000"); empty while running. */
    public String reason = "";
    /**
     * Assist: the T-800 and John take no damage and John can't be caught. Set between ticks by whoever runs
     * the simulation; part of the state hash, so a run with it on never matches one without.
     */
    public boolean invulnerable;
    /** T-1000s whose spawn's delay is not up yet: an exit that opens once the T-1000 is gone waits for them too. */
    public int pursuersDue;
    /** Everyone whose spawn's delay is not up yet (T-1000s included). */
    public int arrivalsDue;
    /**
     * The name of the exit the controlled character stands in that lets them out now (escorts there, its condition
     * met), or null: the objective system's "reach" reads it.
     */
    public String exitReached;
    /** Where the exit the run was won by leads (an id or a map's path); empty: the play order decides. */
    public String next = "";
    /** The map objects of the doors opened and breakables broken so far, in order (navigation leaves them out). */
    public final com.badlogic.gdx.utils.IntArray openings = new com.badlogic.gdx.utils.IntArray();
    /** Everyone who died this run, in order; the promise is that it stays empty. */
    public final Array<Casualty> casualties = new Array<>(false, 4, Casualty.class);

    /** Ends the run as lost, once (a later reason does not overwrite the first); true if this call ended it. */
    public boolean lose(String why) {
        return end(Outcome.LOSE, why);
    }

    /** Ends the run as won, once; true if this call ended it. */
    public boolean win(String why) {
        return end(Outcome.WIN, why);
    }

    private boolean end(Outcome result, String why) {
        if (outcome != Outcome.RUNNING) {
            return false;
        }
        outcome = result;
        reason = why;
        return true;
    }
}
