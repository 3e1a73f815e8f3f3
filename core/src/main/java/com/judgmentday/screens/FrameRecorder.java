package com.judgmentday.screens;

import com.badlogic.gdx.graphics.profiling.GLProfiler;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures rendered frames for {@code --bench-frames}: the time from one frame to the next, the CPU time the render
 * thread and the whole process spent on it, and the GL draw calls and texture bindings each frame issues. The first
 * frames (loading, JIT) are left out.
 */
public final class FrameRecorder {
    /** Frames skipped before measuring. */
    public static final int WARMUP_FRAMES = 30;
    private final GLProfiler profiler;
    private final long[] frameNanos;
    private final int[] drawCalls;
    private final int[] bindings;
    private final long[] threadCpu;
    private final long[] processCpu;
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean process =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long lastThreadCpu;
    private long lastProcessCpu;
    private int seen;
    private int count;
    private long last;

    public FrameRecorder(GLProfiler profiler, int frames) {
        this.profiler = profiler;
        this.frameNanos = new long[frames];
        this.drawCalls = new int[frames];
        this.bindings = new int[frames];
        this.threadCpu = new long[frames];
        this.processCpu = new long[frames];
        profiler.enable();
    }

    /** Call at the start of every frame, before anything is drawn, on the render thread. */
    public void frameStarted(long nanos) {
        long thread = threads.getCurrentThreadCpuTime();
        long all = process.getProcessCpuTime();
        if (seen++ > WARMUP_FRAMES && count < frameNanos.length) {
            frameNanos[count] = nanos - last;
            threadCpu[count] = thread - lastThreadCpu;
            processCpu[count] = all - lastProcessCpu;
            drawCalls[count] = profiler.getDrawCalls();
            bindings[count] = profiler.getTextureBindings();
            count++;
        }
        last = nanos;
        lastThreadCpu = thread;
        lastProcessCpu = all;
        profiler.reset();
    }

    public boolean done() {
        return count == frameNanos.length;
    }

    /**
     * The figures: frame-time p50, p99 and worst in ms, frames per second, the render thread's and the process's CPU
     * per frame (mean, ms), draw calls and texture bindings per frame.
     */
    public String summary(int width, int height) {
        long[] sorted = Arrays.copyOf(frameNanos, count);
        Arrays.sort(sorted);
        int[] calls = Arrays.copyOf(drawCalls, count);
        Arrays.sort(calls);
        double meanCalls = Arrays.stream(calls).average().orElse(0);
        double meanBindings = Arrays.stream(Arrays.copyOf(bindings, count)).average().orElse(0);
        long total = Arrays.stream(sorted).sum();
        double meanThreadCpu = Arrays.stream(threadCpu, 0, count).average().orElse(0);
        double meanProcessCpu = Arrays.stream(processCpu, 0, count).average().orElse(0);
        return String.format(Locale.ROOT, "%d frames at %dx%d: frame time p50 %.2f ms, p99 %.2f ms, worst %.2f ms"
                        + " (%.1f fps); CPU per frame: render thread %.2f ms, process %.2f ms;"
                        + " draw calls per frame mean %.1f, max %d; texture bindings per frame %.1f",
                count, width, height, percentile(sorted, 0.5) / 1e6, percentile(sorted, 0.99) / 1e6,
                sorted[count - 1] / 1e6, count / (total / 1e9), meanThreadCpu / 1e6, meanProcessCpu / 1e6, meanCalls,
                calls[count - 1], meanBindings);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
