package com.judgmentday.session;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.CheckpointCast;
import com.judgmentday.sim.Simulation;

/**
 * The checkpoints the player has reached this run, from the simulation's checkpoint.reached events: each is
 * told once, across hot reloads (a rebuilt level starts its events over). With the last one it keeps the cast as
 * it stood then (who was controlled, where the other playable characters were), for a restart from there.
 */
public final class CheckpointTracker {
    private final Array<String> reached = new Array<>();
    private String last;
    private CheckpointCast cast;
    private Simulation reading;
    private int read;

    /** {@code startedAt}: the checkpoint the run started at (already reached), or null. */
    public CheckpointTracker(String startedAt) {
        this(startedAt, null);
    }

    /** As above, with the cast the run started with there (null: the level's own). */
    public CheckpointTracker(String startedAt, CheckpointCast startCast) {
        if (startedAt != null) {
            reached.add(startedAt);
            last = startedAt;
            cast = startCast;
        }
    }

    /** A checkpoint of this simulation's level first reached since the last call, or null; call after the frame's ticks. */
    public String update(Simulation simulation) {
        if (simulation != reading) {
            reading = simulation;
            read = 0;
        }
        EventLog log = simulation.events();
        while (read < log.events().size) {
            GameEvent event = log.events().get(read++);
            if (event.type == EventType.CHECKPOINT_REACHED && !reached.contains(event.subject, false)) {
                reached.add(event.subject);
                last = event.subject;
                // Who was played is the event's (a hand-over may follow in the same tick); where the others stand is
                // read after the frame's ticks.
                cast = CheckpointCast.of(simulation, event.whom);
                return event.subject;
            }
        }
        return null;
    }

    /** The cast when {@link #last()} was reached (null: the level's own, as when none was reached). */
    public CheckpointCast cast() {
        return cast;
    }

    /** The checkpoint reached most recently (or the one the run started at); null: none yet. */
    public String last() {
        return last;
    }
}
