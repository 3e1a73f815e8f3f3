package com.judgmentday.session;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.Simulation;

/**
 * The checkpoints the player has reached this run, from the simulation's checkpoint.reached events: each is
 * told once, across hot reloads (a rebuilt level starts its events over).
 */
public final class CheckpointTracker {
    private final Array<String> reached = new Array<>();
    private String last;
    private Simulation reading;
    private int read;

    /** {@code startedAt}: the checkpoint the run started at (already reached), or null. */
    public CheckpointTracker(String startedAt) {
        if (startedAt != null) {
            reached.add(startedAt);
            last = startedAt;
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
                return event.subject;
            }
        }
        return null;
    }

    /** The checkpoint reached most recently (or the one the run started at); null: none yet. */
    public String last() {
        return last;
    }
}
