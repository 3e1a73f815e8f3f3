package com.judgmentday.desktop;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps HotSpot's optimising compiler (C2) out of the window on a machine with few cores. The window's own
 * work is small (a tick of the simulation is about 0.1 ms; a frame is mostly OpenGL), but C2 compiling its hot
 * paths in the first minutes takes a whole core for tens of milliseconds at a time, and with software OpenGL
 * that core is the rasteriser's: the mill's busiest stretch measured a frame-time p99 of 16.6-17.8 ms with C2
 * and 11.9-14.2 ms without (docs/performance.md). C1's code is plenty for the window.
 *
 * <p>A jar's manifest takes no JVM options, so the rule is added at run time, as {@code jcmd
 * Compiler.directives_add} would: through the JVM's diagnostic command MBean. The headless tools (the bot,
 * certify, bench) never call this and keep C2, which they need for speed.
 */
final class WindowCompiler {
    /** Machines with more cores than this have one to spare for C2. */
    static final int FEW_CORES = 4;
    static final String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]\n";

    private WindowCompiler() {
    }

    /**
     * Adds the directive when {@code cores} are few. Returns what happened, for the log: a JVM without the
     * diagnostic command (not HotSpot) keeps its compilers and the game runs as before.
     */
    static String c1OnlyIfFewCores(int cores) {
        if (cores > FEW_CORES) {
            return "C2 kept: " + cores + " cores";
        }
        Path file = null;
        try {
            file = Files.createTempFile("judgment-day-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object added = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return "C1 only: " + cores + " cores (" + String.valueOf(added).strip() + ")";
        } catch (IOException | JMException | RuntimeException e) {
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
