package com.judgmentday.desktop;

import com.sun.management.HotSpotDiagnosticMXBean;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Keeps HotSpot's optimising compiler (C2) out of the window on a machine with few cores. The window's own
 * work is small (a tick of the simulation is about 0.1 ms; a frame is mostly OpenGL), but C2 compiling its hot
 * paths in the first minutes takes a whole core for tens of milliseconds at a time, and with software OpenGL
 * that core is the rasteriser's: the mill's busiest stretch measured a frame-time p99 of 16.6-17.8 ms with C2
 * and 12.5-15.9 ms without (docs/performance.md). C1's code is plenty for the window.
 *
 * <p>A jar's manifest takes no JVM options, so the rule is added at run time, as {@code jcmd
 * Compiler.directives_add} would: through the JVM's diagnostic command MBean. Only where C1 is there to take over
 * (tiered compilation on, not C2 only): otherwise excluding C2 would leave the game interpreted. The headless tools
 * (the bot, certify, bench) never call this and keep C2, which they need for speed.
 */
final class WindowCompiler {
    /** Machines with more cores than this have one to spare for C2. */
    static final int FEW_CORES = 4;
    /** Every method: the window's. */
    static final String EVERY_METHOD = "*.*";
    private static final String ADDED = "1 compiler directives added";

    private WindowCompiler() {
    }

    /**
     * Adds the directive on a daemon thread of its own when {@code cores} are few (setting up the management server
     * costs about 0.2 s, not to be spent before the window opens), and tells {@code log} what happened: a JVM without
     * the diagnostic command (not HotSpot), or without C1, keeps its compilers and the game runs as before.
     */
    static void c1OnlyIfFewCores(int cores, Consumer<String> log) {
        if (cores > FEW_CORES) {
            log.accept("C2 kept: " + cores + " cores");
            return;
        }
        Thread thread = new Thread(() -> log.accept(c1Only(cores, EVERY_METHOD)), "window-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Excludes C2 from the methods {@code match} names (a directive's pattern); what happened, for the log. */
    static String c1Only(int cores, String match) {
        Path file = null;
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!"true".equals(hotSpot.getVMOption("TieredCompilation").getValue())
                    || "high-only".equals(hotSpot.getVMOption("CompilationMode").getValue())) {
                return "C2 kept: no C1 to take over";
            }
            file = Files.createTempFile("judgment-day-jit", ".json");
            Files.writeString(file, "[ { match: \"" + match + "\", c2: { Exclude: true } } ]\n", StandardCharsets.UTF_8);
            String reply = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()})).strip();
            // A directive the JVM could not take comes back as words, not as an exception.
            return reply.contains(ADDED) ? "C1 only: " + cores + " cores (" + reply + ")" : "C2 kept: " + reply;
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return "C2 kept: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind harms nothing
                }
            }
        }
    }
}
