package com.judgmentday.session;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.level.AreaDef;
import com.judgmentday.sim.Simulation;

/**
 * Notices the player reaching a level's checkpoints, from outside the simulation (it only reads the player's
 * position): a checkpoint is reached when the player's centre comes within {@link #REACH_X} across and
 * {@link #REACH_Y} up or down of its point or area. Each is reported once per run, across hot reloads.
 */
public final class CheckpointTracker {
    public static final float REACH_X = 1f;
    public static final float REACH_Y = 2f;
    private final Array<String> reached = new Array<>();
    private String last;

    /** {@code startedAt}: the checkpoint the run started at (already reached), or null. */
    public CheckpointTracker(String startedAt) {
        if (startedAt != null) {
            reached.add(startedAt);
            last = startedAt;
        }
    }

    /** A checkpoint of this simulation's level first reached since the last call, or null; call after the frame's ticks. */
    public String update(Simulation simulation) {
        TransformComponent player = Mappers.TRANSFORM.get(simulation.player());
        for (AreaDef checkpoint : simulation.level().checkpoints) {
            if (reached.contains(checkpoint.name, false)) {
                continue;
            }
            boolean across = player.x >= checkpoint.x - REACH_X && player.x <= checkpoint.x + checkpoint.width + REACH_X;
            boolean upDown = player.y >= checkpoint.y - REACH_Y && player.y <= checkpoint.y + checkpoint.height + REACH_Y;
            if (across && upDown) {
                reached.add(checkpoint.name);
                last = checkpoint.name;
                return checkpoint.name;
            }
        }
        return null;
    }

    /** The checkpoint reached most recently (or the one the run started at); null: none yet. */
    public String last() {
        return last;
    }
}
