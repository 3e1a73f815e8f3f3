package com.judgmentday.soak;

import com.badlogic.gdx.utils.LongArray;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Watches the used heap over a long run: a sample after a full collection at fixed simulated intervals once warm-up is
 * over, and a verdict on whether it grew. Growth is the lowest sample of the last quarter against the lowest of the
 * first (the lowest, so one sample taken while a fresh simulation is half built does not count as a leak); it is a
 * leak when it passes the bound.
 */
public final class HeapWatch {
    /** Fewer samples than this say nothing about a trend. */
    public static final int MIN_SAMPLES = 4;
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final long boundBytes;
    private final LongArray samples = new LongArray();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** A watch that calls growth beyond {@code boundBytes} a leak. */
    public HeapWatch(long boundBytes) {
        this.boundBytes = boundBytes;
    }

    /** Collects garbage and records the heap still in use. */
    public void sample() {
        // Two collections: the first may only finalize what the second frees.
        System.gc();
        System.gc();
        add(memory.getHeapMemoryUsage().getUsed());
    }

    /** Records a sample measured elsewhere (tests feed known series). */
    public void add(long usedBytes) {
        samples.add(usedBytes);
    }

    public int samples() {
        return samples.size;
    }

    /** How much the heap grew from the first quarter of the samples to the last, bytes; 0 with too few samples. */
    public long growth() {
        if (samples.size < MIN_SAMPLES) {
            return 0L;
        }
        int quarter = samples.size / 4;
        return lowest(samples.size - quarter, samples.size) - lowest(0, quarter);
    }

    /** True when there are enough samples and the heap grew by more than the bound. */
    public boolean leaking() {
        return samples.size >= MIN_SAMPLES && growth() > boundBytes;
    }

    /** One phrase for the summary line: "heap 41.2 -> 41.9 MB (+0.7, bound 16)", or why it was not judged. */
    public String describe() {
        if (samples.size < MIN_SAMPLES) {
            return "heap not judged (" + samples.size + " samples after warm-up, " + MIN_SAMPLES + " needed)";
        }
        int quarter = samples.size / 4;
        return String.format(Locale.ROOT, "heap %.1f -> %.1f MB (%+.1f, bound %.0f)", lowest(0, quarter) / MEGABYTE,
                lowest(samples.size - quarter, samples.size) / MEGABYTE, growth() / MEGABYTE, boundBytes / MEGABYTE);
    }

    private long lowest(int from, int to) {
        long lowest = Long.MAX_VALUE;
        for (int i = from; i < to; i++) {
            lowest = Math.min(lowest, samples.get(i));
        }
        return lowest;
    }
}
