package com.judgmentday.desktop;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.BooleanSupplier;

/**
 * GLFW's error output while the window opens: held back, so a failure can be told in one line instead of
 * LWJGL's page of stack traces, and passed on to the real stream (held text first) once the game is up.
 */
final class HeldOutput extends OutputStream {
    /** Held at most, bytes: a flood of errors can't fill the memory. */
    private static final int LIMIT = 64 * 1024;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final PrintStream target;
    private final BooleanSupplier passThrough;
    private boolean released;

    /** @param passThrough true once output should go straight to {@code target} */
    HeldOutput(PrintStream target, BooleanSupplier passThrough) {
        this.target = target;
        this.passThrough = passThrough;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (!released && passThrough.getAsBoolean()) {
            release();
        }
        if (released) {
            target.write(bytes, offset, length);
        } else {
            held.write(bytes, offset, Math.max(0, Math.min(length, LIMIT - held.size())));
        }
    }

    /** What was held back. */
    synchronized String text() {
        return held.toString(Charset.defaultCharset());
    }

    /** Writes what was held to the target, and everything after it too. */
    synchronized void release() {
        if (!released) {
            released = true;
            target.write(held.toByteArray(), 0, held.size());
            target.flush();
        }
    }

    /** Lets what was held go unprinted (it has been told another way), and everything after it passes. */
    synchronized void discard() {
        held.reset();
        released = true;
    }
}
