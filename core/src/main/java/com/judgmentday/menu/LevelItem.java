package com.judgmentday.menu;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelSummary;
import com.judgmentday.settings.Progress;

import java.util.function.BiConsumer;

/**
 * A level on the level-select page: locked until the one before is completed; LEFT and RIGHT choose where to
 * start (its beginning or a checkpoint already reached, for practice), CONFIRM starts it there.
 */
public final class LevelItem extends MenuItem {
    public static final String BEGINNING = "beginning";
    private final LevelSummary level;
    private final Progress progress;
    private final BiConsumer<String, String> play;
    private int start;

    public LevelItem(int number, LevelSummary level, Progress progress, Array<String> order,
            BiConsumer<String, String> play) {
        super(number + "  " + level.title);
        this.level = level;
        this.progress = progress;
        this.play = play;
        enabledWhen(() -> progress.unlocked(order, level.id));
    }

    /** Where it would start: {@link #BEGINNING} or a reached checkpoint's name. */
    public String startPoint() {
        Array<String> points = startPoints();
        return points.get(Math.min(start, points.size - 1));
    }

    /** The beginning, then the reached checkpoints in map order. */
    private Array<String> startPoints() {
        Array<String> points = new Array<>();
        points.add(BEGINNING);
        for (String checkpoint : level.checkpoints) {
            if (progress.reached(level.id).contains(checkpoint, false)) {
                points.add(checkpoint);
            }
        }
        return points;
    }

    @Override
    public String value() {
        if (!enabled()) {
            return "locked";
        }
        String done = progress.completed(level.id) ? "completed   " : "";
        String checkpoints = level.checkpoints.isEmpty() ? ""
                : "checkpoints " + (startPoints().size - 1) + "/" + level.checkpoints.size + "   ";
        return done + checkpoints + "< from " + startPoint() + " >";
    }

    @Override
    public String hint() {
        if (level.checkpoints.isEmpty()) {
            return "This level has no checkpoints";
        }
        Array<String> reached = startPoints();
        reached.removeIndex(0);
        return reached.isEmpty() ? "No checkpoint reached yet (of " + level.checkpoints.toString(", ") + ")"
                : "Checkpoints reached: " + reached.toString(", ") + "; Left/Right picks where to start";
    }

    @Override
    public boolean handle(MenuCommand command) {
        int last = startPoints().size - 1;
        switch (command) {
            case LEFT:
            case RIGHT:
                int next = Math.max(0, Math.min(last, Math.min(start, last) + (command == MenuCommand.LEFT ? -1 : 1)));
                boolean moved = next != start;
                start = next;
                return moved;
            case CONFIRM:
                String point = startPoint();
                play.accept(level.id, point.equals(BEGINNING) ? null : point);
                return true;
            default:
                return false;
        }
    }

    @Override
    public boolean click(float across) {
        // A click on the label starts the level; on the value, it steps to the next start point (wrapping).
        if (across < 0f) {
            return handle(MenuCommand.CONFIRM);
        }
        start = start >= startPoints().size - 1 ? 0 : start + 1;
        return true;
    }
}
