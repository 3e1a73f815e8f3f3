package com.judgmentday.input;

import com.badlogic.gdx.utils.IntArray;

import com.judgmentday.content.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Collects what the player did, tick by tick, as runs, and writes them as an input script. Given a file to save to, it
 * writes the script there every few seconds of play as well, so a game that is killed keeps what was played.
 */
public final class InputRecorder {
    private final String level;
    private final long seed;
    private final String version;
    /** Where the recorded play starts: null, the level's start; a restart at a checkpoint records from there. */
    private String checkpoint;
    private final IntArray runTicks = new IntArray();
    private final IntArray runBits = new IntArray();
    /** The tick and state hash the recorded run ended on, once told ({@link #ended}); -1: not told. */
    private long endTick = -1;
    private long endState;
    private Path saveTo;
    private int saveEvery;
    private int sinceSave;
    /** Why the last save failed (null: it did not), kept for the caller to report. */
    private IOException saveFailure;

    public InputRecorder(String level, long seed, String version) {
        this(level, seed, version, null);
    }

    /** A recorder for play that started at a checkpoint (null: the spawn). */
    public InputRecorder(String level, long seed, String version, String checkpoint) {
        this.level = level;
        this.seed = seed;
        this.version = version;
        this.checkpoint = checkpoint;
    }

    /** Also writes the script to {@code file} every {@code everyTicks} recorded ticks (as well as when told to). */
    public InputRecorder savingTo(Path file, int everyTicks) {
        if (everyTicks < 1) {
            throw new IllegalArgumentException("save every " + everyTicks + " ticks: must be at least 1");
        }
        saveTo = file;
        saveEvery = everyTicks;
        return this;
    }

    /** Records the actions of the next tick (and saves the script when a save is due). */
    public void record(ActionSet actions) {
        append(actions);
        if (saveTo != null && ++sinceSave >= saveEvery) {
            sinceSave = 0;
            try {
                write(saveTo);
                saveFailure = null;
            } catch (IOException e) {
                saveFailure = e;
            }
        }
    }

    /** Why the last save as play went on failed, or null. */
    public IOException saveFailure() {
        return saveFailure;
    }

    private void append(ActionSet actions) {
        int bits = actions.bits();
        int last = runBits.size - 1;
        if (last >= 0 && runBits.get(last) == bits && runTicks.get(last) < InputScriptParser.MAX_RUN) {
            runTicks.incr(last, 1);
        } else {
            runTicks.add(1);
            runBits.add(bits);
        }
    }

    /** Forgets what was recorded: play starts again at that checkpoint (null: the level's start). */
    public void restart(String at) {
        checkpoint = at;
        restart();
    }

    /** Forgets what was recorded: the level was rebuilt, so play starts again from where it began. */
    public void restart() {
        runTicks.clear();
        runBits.clear();
        endTick = -1;
    }

    /** Where the recorded run ended: written as {@code # final: tick T state H}, for a replay to be checked against. */
    public void ended(long tick, long stateHash) {
        endTick = tick;
        endState = stateHash;
    }

    public long ticks() {
        long total = 0;
        for (int i = 0; i < runTicks.size; i++) {
            total += runTicks.get(i);
        }
        return total;
    }

    /** What was recorded as a script to play back (the runs are copied: recording may go on). */
    public InputScript script() {
        return new InputScript(level, seed, checkpoint, endTick >= 0 ? endTick : null, endTick >= 0 ? endState : null,
                new IntArray(runTicks), new IntArray(runBits));
    }

    /** The script text: header, then one run per line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("# Judgment Day input recording\n");
        out.append("# level: ").append(level).append('\n');
        out.append("# seed: ").append(seed).append('\n');
        out.append("# version: ").append(version).append('\n');
        if (checkpoint != null) {
            out.append("# checkpoint: ").append(checkpoint).append('\n');
        }
        if (endTick >= 0) {
            out.append("# final: tick ").append(endTick).append(" state ").append(String.format(Locale.ROOT, "%016x", endState)).append('\n');
        }
        for (int i = 0; i < runTicks.size; i++) {
            out.append(runTicks.get(i));
            String codes = ActionSet.codes(runBits.get(i));
            if (!codes.isEmpty()) {
                out.append(',').append(codes);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes the script next to {@code file} and moves it into place, so a crash never leaves half a file. */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, text());
    }
}
