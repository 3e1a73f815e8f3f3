package com.judgmentday.input;

import com.badlogic.gdx.utils.IntArray;

/**
 * Actions over time as runs of ticks ({@code 60,R}), with the level and seed it was made for.
 * Parsed by {@link InputScriptParser}, written by {@link InputRecorder}, played by {@link #player()}.
 */
public final class InputScript {
    /** Level id or path named in the header, or null. */
    public final String level;
    /** Seed named in the header, or null. */
    public final Long seed;
    /** Checkpoint named in the header (play started there), or null. */
    public final String checkpoint;
    /**
     * How the recorded run ended in the window ({@code # final: tick T state H}): the tick it stopped at and the state
     * hash there, which a headless replay must reach too; null when the script does not say.
     */
    public final Long finalTick;
    public final Long finalState;
    private final IntArray runTicks;
    private final IntArray runBits;
    private final long totalTicks;

    InputScript(String level, Long seed, String checkpoint, IntArray runTicks, IntArray runBits) {
        this(level, seed, checkpoint, null, null, runTicks, runBits);
    }

    InputScript(String level, Long seed, String checkpoint, Long finalTick, Long finalState, IntArray runTicks,
            IntArray runBits) {
        this.finalTick = finalTick;
        this.finalState = finalState;
        this.level = level;
        this.seed = seed;
        this.checkpoint = checkpoint;
        this.runTicks = runTicks;
        this.runBits = runBits;
        long total = 0;
        for (int i = 0; i < runTicks.size; i++) {
            total += runTicks.get(i);
        }
        this.totalTicks = total;
    }

    public long totalTicks() {
        return totalTicks;
    }

    public int runCount() {
        return runTicks.size;
    }

    public int runTicks(int run) {
        return runTicks.get(run);
    }

    public int runBits(int run) {
        return runBits.get(run);
    }

    /** A fresh player over this script; ticks must be asked for in order from 0. */
    public InputSource player() {
        return new Player();
    }

    /** Plays the runs in order without allocating. */
    private final class Player implements InputSource {
        private int run;
        private long runEnd = runTicks.size > 0 ? runTicks.get(0) : 0;

        @Override
        public void poll(long tick, ActionSet out) {
            while (run < runTicks.size && tick >= runEnd) {
                run++;
                if (run < runTicks.size) {
                    runEnd += runTicks.get(run);
                }
            }
            if (run < runTicks.size) {
                out.setBits(runBits.get(run));
            }
        }

        @Override
        public boolean finished(long tick) {
            return tick >= totalTicks;
        }
    }
}
