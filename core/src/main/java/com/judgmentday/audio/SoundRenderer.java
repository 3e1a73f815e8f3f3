package com.judgmentday.audio;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Renders every effect, then every music loop, to WAV bytes on a background thread, handing each over as
 * it is done; the game thread takes them with {@link #poll()} and turns them into libGDX sounds (libGDX's
 * audio is not thread-safe, so only rendering happens here).
 */
final class SoundRenderer implements Runnable {
    /** One rendered sound or loop, as a whole WAV file. */
    record Rendered(SoundId sound, MusicId music, byte[] wav) {
    }

    private final ConcurrentLinkedQueue<Rendered> done = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;
    private volatile boolean finished;
    private volatile long effectsMillis;
    private volatile long musicMillis;
    private volatile long bytes;

    @Override
    public void run() {
        long start = System.nanoTime();
        long total = 0;
        for (SoundId id : SoundId.values()) {
            if (stopped) {
                return;
            }
            byte[] wav = WavEncoder.encode(id.render());
            total += wav.length;
            done.add(new Rendered(id, null, wav));
        }
        long effectsDone = System.nanoTime();
        for (MusicId id : MusicId.values()) {
            if (stopped) {
                return;
            }
            byte[] wav = WavEncoder.encode(id.render());
            total += wav.length;
            done.add(new Rendered(null, id, wav));
        }
        effectsMillis = (effectsDone - start) / 1_000_000L;
        musicMillis = (System.nanoTime() - effectsDone) / 1_000_000L;
        bytes = total;
        finished = true;
    }

    /** Starts rendering on a daemon thread (it never holds the game open). */
    void start() {
        Thread thread = new Thread(this, "sound-renderer");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /** The next rendered sound, or null when none is waiting. */
    Rendered poll() {
        return done.poll();
    }

    /** True while rendered sounds wait to be taken. */
    boolean pending() {
        return !done.isEmpty();
    }

    /** True when everything is rendered (it may still wait to be taken). */
    boolean finished() {
        return finished;
    }

    /** Asks the thread to stop after the sound it is rendering. */
    void stop() {
        stopped = true;
        done.clear();
    }

    /** What rendering cost, for the log: effects and music times and the WAV bytes made. */
    String summary() {
        return SoundId.values().length + " effects in " + effectsMillis + " ms, " + MusicId.values().length
                + " music loops in " + musicMillis + " ms, " + bytes / 1024 + " KiB of WAV";
    }
}
