package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.render.art.PreparedArt;
import com.judgmentday.sim.Simulation;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * What would otherwise stall the first level's first frame, done on a background thread of its own: the
 * art is read and packed ahead ({@link PreparedArt}); and when the game opens at the menus, the level code
 * is warmed by loading a level and running it for a second, then throwing it away, so the JVM has its
 * classes loaded and its hot paths compiled before the player chooses one (cold, that code costs half a
 * second more). A level start stops the warm-up first: Ashley keeps caches shared by every engine that
 * are not safe to fill from two threads at once.
 */
final class StartupWork implements Disposable {
    /** Ticks the warm-up runs its level: a second, about what the first frames of a level run. */
    private static final int WARM_UP_TICKS = 60;
    private final PreparedArt art = new PreparedArt();
    private final Consumer<String> log;
    private ExecutorService thread;
    private Future<?> warmUp;
    private volatile boolean stopping;

    private StartupWork(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Begins the work (on the GL thread, in {@code create()}): at once when a level is about to start, the
     * art only; otherwise once the first frame is on screen, the art and then the warm-up.
     */
    static StartupWork begin(boolean levelNow, TuningDef tuning, Consumer<String> log) {
        // Runnables posted in create() run after the first frame is drawn and shown: the title never waits for this.
        return begin(levelNow, tuning, log, Gdx.app::postRunnable);
    }

    /** As above, with what runs a task after the first frame. */
    static StartupWork begin(boolean levelNow, TuningDef tuning, Consumer<String> log,
            Consumer<Runnable> afterFirstFrame) {
        StartupWork work = new StartupWork(log);
        if (levelNow) {
            work.start(null, tuning);
        } else {
            afterFirstFrame.accept(() -> work.start(LevelCatalog.resolve(LevelCatalog.ids().first()), tuning));
        }
        return work;
    }

    /**
     * Starts the work (once).
     *
     * @param level  the level to warm the level code with; null for none
     * @param tuning the tuning it is played with
     */
    void start(FileHandle level, TuningDef tuning) {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, "start-up-work");
            worker.setDaemon(true);
            worker.setPriority(Thread.NORM_PRIORITY - 1);
            return worker;
        });
        art.prepare(thread);
        if (level != null) {
            warmUp = thread.submit(() -> warm(level, tuning));
        }
        // The thread ends once its queue is done.
        thread.shutdown();
    }

    /** The art for the next level. */
    PreparedArt art() {
        return art;
    }

    /** Before a level starts on the GL thread: the warm-up stops at its next step, and this waits for it. */
    void stopWarmUp() {
        Future<?> running = warmUp;
        warmUp = null;
        if (running == null) {
            return;
        }
        stopping = true;
        try {
            running.get();
        } catch (ExecutionException e) {
            log.accept("start-up: warming the level code failed (" + e.getCause() + "); no matter, the level starts as it would");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warm(FileHandle level, TuningDef tuning) {
        long start = System.nanoTime();
        if (stopping) {
            return;
        }
        Simulation simulation = new Simulation(new LevelLoader(tuning).load(level), tuning, 1L, null);
        try {
            ActionSet nothing = new ActionSet();
            for (int i = 0; i < WARM_UP_TICKS && !stopping; i++) {
                simulation.step(nothing);
            }
        } finally {
            simulation.dispose();
        }
        log.accept("start-up: level code warmed in the background in " + (System.nanoTime() - start) / 1_000_000L + " ms");
    }

    @Override
    public void dispose() {
        stopping = true;
        art.dispose();
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
