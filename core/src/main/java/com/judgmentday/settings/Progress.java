package com.judgmentday.settings;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.OrderedMap;
import com.badlogic.gdx.utils.OrderedSet;

/**
 * What the player has done: the levels completed and, per level, the checkpoints reached (in the order they
 * were first reached). A level is unlocked when it is the first, the one before it was completed, or the player
 * has reached a checkpoint in it (a level started from the command line is one the player has been to). Sets,
 * so reading a long file stays linear.
 */
public final class Progress {
    private final OrderedSet<String> completed = new OrderedSet<>();
    private final OrderedMap<String, OrderedSet<String>> checkpoints = new OrderedMap<>();
    private final Array<String> none = new Array<>(0);

    public boolean completed(String level) {
        return completed.contains(level);
    }

    /** Marks a level completed; true when it wasn't already. */
    public boolean complete(String level) {
        return completed.add(level);
    }

    /** Records a checkpoint reached; true when it is new for that level. */
    public boolean reach(String level, String checkpoint) {
        OrderedSet<String> reached = checkpoints.get(level);
        if (reached == null) {
            reached = new OrderedSet<>();
            checkpoints.put(level, reached);
        }
        return reached.add(checkpoint);
    }

    /** The checkpoints reached in a level, first reached first; empty when none. Don't change it. */
    public Array<String> reached(String level) {
        OrderedSet<String> reached = checkpoints.get(level);
        return reached == null ? none : reached.orderedItems();
    }

    /**
     * Whether a level of the game's order can be played: the first always, others once the one before is done or
     * once the player has reached one of its checkpoints.
     */
    public boolean unlocked(Array<String> order, String level) {
        int index = order.indexOf(level, false);
        return index == 0 || completed(level) || checkpoints.containsKey(level)
                || (index > 0 && completed(order.get(index - 1)));
    }

    /**
     * The level "Play" continues with: the furthest unlocked one not yet completed (where the player got to);
     * the first when all are done.
     */
    public String next(Array<String> order) {
        for (int i = order.size - 1; i >= 0; i--) {
            String level = order.get(i);
            if (!completed(level) && unlocked(order, level)) {
                return level;
            }
        }
        return order.isEmpty() ? null : order.first();
    }

    /** Every level completed, in the order completed. */
    public Array<String> completedLevels() {
        return completed.orderedItems();
    }

    /** Levels with checkpoints reached, in the order first reached. */
    public Array<String> levelsWithCheckpoints() {
        return checkpoints.orderedKeys();
    }
}
