package com.judgmentday.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Makes every effect and music loop as WAV bytes on a background executor, one task per sound, reading
 * each from the {@link SoundCache} when it holds it and rendering (then caching) it when not; each is handed
 * over as it is done. The game thread takes them with {@link #poll()} and turns them into libGDX sounds
 * (libGDX's audio is not thread-safe, so only rendering and disk happen here).
 */
final class SoundRenderer {
    /** One rendered sound or loop, as a whole WAV file. */
    record Rendered(SoundId sound, MusicId music, byte[] wav) {
    }

    private final ConcurrentLinkedQueue<Rendered> done = new ConcurrentLinkedQueue<>();
    private final AtomicInteger remaining = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();
    private final AtomicLong renderNanos = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Supplier<SoundCache> openCache;
    private final Consumer<String> log;
    private SoundCache cache;
    private volatile boolean stopped;
    private volatile boolean finished;
    private long startNanos;
    private volatile long finishNanos;

    /**
     * @param openCache opens the cache where sounds are kept between runs (on the executor, before the first
     *                  sound: it reads the disk); it may give null, and then everything is rendered
     * @param log       where a sound that can't be made is told (once each; it stays silent)
     */
    SoundRenderer(Supplier<SoundCache> openCache, Consumer<String> log) {
        this.openCache = openCache;
        this.log = log;
    }

    /**
     * Queues every sound on the executor, which must run them one at a time in order: the loop {@code first}
     * (what is about to play; may be null), then the effects, then the other loops.
     */
    void start(Executor executor, MusicId first) {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> guarded("open the sound cache", "sounds are rendered",
                () -> cache = stopped ? null : openCache.get()));
        if (first != null) {
            tasks.add(task(null, first));
        }
        for (SoundId id : SoundId.values()) {
            tasks.add(task(id, null));
        }
        for (MusicId id : MusicId.values()) {
            if (id != first) {
                tasks.add(task(null, id));
            }
        }
        startNanos = System.nanoTime();
        remaining.set(tasks.size() - 1);
        for (Runnable task : tasks) {
            executor.execute(task);
        }
    }

    private Runnable task(SoundId sound, MusicId music) {
        String name = sound != null ? "effect-" + sound.id : "music-" + music.id;
        Supplier<float[]> samples = sound != null ? sound::render : music::render;
        return () -> {
            if (stopped) {
                return;
            }
            guarded("make " + name, "it stays silent", () -> make(sound, music, name, samples));
            if (remaining.decrementAndGet() == 0) {
                finishNanos = System.nanoTime();
                finished = true;
            }
        };
    }

    /** Runs work; a failure is one log line, not a reason to lose the sounds after it or the game. */
    private void guarded(String what, String consequence, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            log.accept("audio: can't " + what + " (" + e + "); " + consequence);
        }
    }

    private void make(SoundId sound, MusicId music, String name, Supplier<float[]> samples) {
        byte[] wav = cache == null ? null : cache.read(name);
        if (wav != null) {
            cached.incrementAndGet();
        } else {
            long start = System.nanoTime();
            wav = WavEncoder.encode(samples.get());
            renderNanos.addAndGet(System.nanoTime() - start);
            if (cache != null && !stopped) {
                cache.write(name, wav);
            }
        }
        bytes.addAndGet(wav.length);
        if (!stopped) {
            done.add(new Rendered(sound, music, wav));
        }
    }

    /** The next rendered sound, or null when none is waiting. */
    Rendered poll() {
        return done.poll();
    }

    /** True while rendered sounds wait to be taken. */
    boolean pending() {
        return !done.isEmpty();
    }

    /** True when every sound is made (it may still wait to be taken). */
    boolean finished() {
        return finished;
    }

    /** Sounds not yet started are skipped; the one being made is let go. */
    void stop() {
        stopped = true;
        done.clear();
    }

    /** What making the sounds cost, for the log. */
    String summary() {
        int total = SoundId.values().length + MusicId.values().length;
        int fromCache = cached.get();
        return total + " sounds ready in " + (finishNanos - startNanos) / 1_000_000L + " ms (" + fromCache
                + " from the cache, " + (total - fromCache) + " rendered in " + renderNanos.get() / 1_000_000L
                + " ms), " + bytes.get() / 1024 + " KiB of WAV";
    }
}
