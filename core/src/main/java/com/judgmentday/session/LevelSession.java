package com.judgmentday.session;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelException;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.level.LevelProblemsException;
import com.judgmentday.level.Problem;
import com.judgmentday.sim.CheckpointCast;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

/**
 * The level being played and its file: builds the simulation, and rebuilds it when the file is saved
 * (or on demand). A save that doesn't load keeps the last good simulation running and keeps the
 * problems for the screen to show; a level that never loaded has no simulation, only problems.
 * A rebuild puts the T-800 and John back where they stood when the new map leaves room there, else at the
 * last checkpoint reached (if the new map still has it), else at the spawn; everything else starts over.
 */
public final class LevelSession implements Disposable {
    /** How long a saved file must stay unchanged before it is read (editors write in several goes). */
    public static final long SETTLE_MILLIS = 100;

    private final FileHandle file;
    private final LevelLoader loader;
    private final TuningDef tuning;
    private final long seed;
    private final String checkpoint;
    /** Who is controlled at {@link #checkpoint}, and where the others stand; null: the level's own cast. */
    private final CheckpointCast startCast;
    private final String difficulty;
    private final FileWatcher watcher;
    private final Placement placement = new Placement();
    private CheckpointTracker tracker;
    private boolean keepsPlace = true;
    private final Array<String> problems = new Array<>();
    private Simulation simulation;
    private long generation;
    private long lastReloadMillis = -1;

    /** Loads the level now; {@code watched} says whether saves to the file reload it. */
    public LevelSession(FileHandle file, TuningDef tuning, long seed, String checkpoint, boolean watched) {
        this(file, tuning, seed, checkpoint, watched, null);
    }

    /** As above, at a difficulty (a pursuit section of the tuning; null: the tuning's default). */
    public LevelSession(FileHandle file, TuningDef tuning, long seed, String checkpoint, boolean watched,
            String difficulty) {
        this(file, tuning, seed, checkpoint, watched, difficulty, null);
    }

    /** As above, restarting at the checkpoint with the cast as it stood when it was taken (see {@link #lastCast}). */
    public LevelSession(FileHandle file, TuningDef tuning, long seed, String checkpoint, boolean watched,
            String difficulty, CheckpointCast startCast) {
        this.file = file;
        this.startCast = checkpoint == null ? null : startCast;
        this.difficulty = difficulty;
        this.tuning = tuning;
        this.loader = new LevelLoader(tuning);
        this.seed = seed;
        this.checkpoint = checkpoint;
        this.watcher = watched ? new FileWatcher(file.file().toPath(), SETTLE_MILLIS) : null;
        this.tracker = new CheckpointTracker(checkpoint, this.startCast);
        reload();
    }

    /** Where this run began: a checkpoint's name, or null for the level's spawn. */
    public String startCheckpoint() {
        return checkpoint;
    }

    /**
     * False: a rebuild starts the run over where it began (a replay or recording, whose script starts again
     * at tick 0 and must find the player where it did). True by default.
     */
    public void keepPlaceOnReload(boolean keep) {
        this.keepsPlace = keep;
    }

    /** Reloads when the watched file has been saved and has settled. */
    public Reload update(long nowMillis) {
        if (watcher == null || !watcher.poll(nowMillis)) {
            return Reload.NONE;
        }
        return reload() ? Reload.RELOADED : Reload.FAILED;
    }

    /** Rebuilds from the file now; true on success. On failure the old simulation (if any) keeps running. */
    public boolean reload() {
        long start = System.nanoTime();
        Simulation next;
        try {
            LevelDef level = loader.load(file);
            // A run that has ended starts over: put back where it ended (in the exit), it would end again at once.
            boolean over = simulation == null || !keepsPlace || simulation.outcome() != Outcome.RUNNING;
            next = over ? new Simulation(level, tuning, seed, checkpoint, difficulty, startCast) : inPlace(level);
        } catch (LevelProblemsException e) {
            problems.clear();
            for (Problem problem : e.problems) {
                problems.add(problem.toString());
            }
            return false;
        } catch (LevelException e) {
            problems.clear();
            problems.add(e.getMessage());
            return false;
        }
        problems.clear();
        if (simulation != null) {
            simulation.dispose();
            if (!keepsPlace) {
                tracker = new CheckpointTracker(checkpoint, startCast);
            }
        }
        simulation = next;
        generation++;
        lastReloadMillis = (System.nanoTime() - start) / 1_000_000;
        return true;
    }

    /**
     * The rebuilt level at the last checkpoint reached (when it still has it), the same character controlled and the
     * other playable ones where they stood; then the controlled one and John put back.
     */
    private Simulation inPlace(LevelDef level) {
        String last = tracker.last();
        Simulation next = new Simulation(level, tuning, seed, last != null && level.checkpoint(last) != null ? last : null,
                difficulty, CheckpointCast.of(simulation));
        placement.restore(simulation, next);
        return next;
    }

    /** A checkpoint first reached since the last call, or null; call after the frame's ticks. */
    public String checkpointReached() {
        return simulation == null ? null : tracker.update(simulation);
    }

    /** Who was controlled when {@link #lastCheckpoint()} was taken, and where the others stood; null: the level's own. */
    public CheckpointCast lastCast() {
        return tracker.cast();
    }

    /** The checkpoint reached last this run (or the one it started at); null: none. */
    public String lastCheckpoint() {
        return tracker.last();
    }

    /** The running simulation, or null when the level has never loaded. */
    public Simulation simulation() {
        return simulation;
    }

    /** What is wrong with the file as last read; empty when it loaded. */
    public Array<String> problems() {
        return problems;
    }

    /** Counts successful loads: changes when the simulation was replaced. */
    public long generation() {
        return generation;
    }

    /** How long the last successful load and build took, milliseconds. */
    public long lastReloadMillis() {
        return lastReloadMillis;
    }

    public FileHandle file() {
        return file;
    }

    public boolean watched() {
        return watcher != null;
    }

    @Override
    public void dispose() {
        if (simulation != null) {
            simulation.dispose();
            simulation = null;
        }
    }
}
