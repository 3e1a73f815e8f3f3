package com.judgmentday.report;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.LongArray;
import com.badlogic.gdx.utils.ObjectIntMap;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.Casualty;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.StateHasher;

import java.util.Locale;

/** What a headless run measured and how it ended; docs/reports.md describes every field. */
public final class RunReport {
    public String version;
    public String level;
    public String input;
    /** The checkpoint the run started at, or null for the player spawn. */
    public String checkpoint;
    public long seed;
    public long ticks;
    public double simSeconds;
    public double wallSeconds;
    public double speed;
    public long allocatedBytesPerTick;
    public long allocationWarmupTicks;
    public Outcome outcome;
    public long stateHash;
    /** Why the run ended, in the player's words ("John caught by the T-1000"); empty for a timeout. */
    public String reason = "";
    /** The state hash after every 60th tick (tick 60 first). */
    public final LongArray hashes = new LongArray();
    /**
     * Beside each hash, where the player, John and the T-1000 stood (centre x, y in metres; NaN for someone the
     * level lacks or who has not entered yet): six numbers a second.
     */
    public final FloatArray positions = new FloatArray();
    public final Array<GameEvent> events = new Array<>();
    public final ObjectIntMap<String> stats = new ObjectIntMap<>();
    /** The casualty ledger: everyone who died, in order (the no-kill promise keeps it empty). */
    public final Array<Casualty> casualties = new Array<>();
    /** Each of the level's objectives (id, words, and met, failed or pending at the end), in order. */
    public final Array<ObjectiveResult> objectives = new Array<>();

    /** The one-line summary the command line prints. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%s: %s%s at tick %d (%.1f s simulated) in %.3f s, speed %.0fx, %d B/tick allocated, state %s, %d casualties,"
                        + " objectives met: %s",
                level, outcome, reason.isEmpty() ? "" : " (" + reason + ")", ticks, simSeconds, wallSeconds, speed, allocatedBytesPerTick,
                StateHasher.hex(stateHash), casualties.size, objectivesMet());
    }

    /** The ids of the objectives met ("none" for none), and those failed after a semicolon. */
    public String objectivesMet() {
        StringBuilder met = new StringBuilder();
        StringBuilder failed = new StringBuilder();
        for (ObjectiveResult objective : objectives) {
            StringBuilder list = objective.status == ObjectiveResult.Status.MET ? met
                    : objective.status == ObjectiveResult.Status.FAILED ? failed : null;
            if (list != null) {
                list.append(list.length() == 0 ? "" : ", ").append(objective.id);
            }
        }
        return (met.length() == 0 ? "none" : met) + (failed.length() == 0 ? "" : "; failed: " + failed);
    }
}
