package com.judgmentday.desktop;

import com.badlogic.gdx.utils.GdxRuntimeException;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Says why the game window could not open or stopped, by what actually went wrong: no display, no OpenGL,
 * too little memory, a bad level or data file (the player's to fix, one line each), or a bug (kept whole,
 * with its stack trace). Only a failure of the window set-up itself ever mentions the display.
 */
final class WindowFailure {
    /** What the launcher should do with a failure. */
    enum Kind {
        /** No display to open a window on, or it refused the connection: one line. */
        DISPLAY,
        /** The display is there but gave no OpenGL 2 window: one line. */
        GRAPHICS,
        /** The JVM ran out of heap: one line. */
        OUT_OF_MEMORY,
        /** A level, script or data file is wrong: its own message, one line. */
        USER,
        /** Anything else is a bug: rethrown unchanged. */
        BUG
    }

    /** How to get a screen when there is none. */
    static final String HEADLESS_HINT = "run it in a desktop session, or on a virtual display with"
            + " 'xvfb-run -a java -jar judgment-day.jar' (headless runs without a window use 'playtest')";
    private static final String BACKEND = "com.badlogic.gdx.backends.lwjgl3.";

    final Kind kind;
    /** The one line for the player (without the "judgment-day: " prefix); null for {@link Kind#BUG}. */
    final String message;
    /** For {@link Kind#USER}: the exception whose message is the line. */
    final Throwable cause;

    private WindowFailure(Kind kind, String message, Throwable cause) {
        this.kind = kind;
        this.message = message;
        this.cause = cause;
    }

    /**
     * Why no window can open before trying, or null: on Linux and the BSDs a window needs {@code DISPLAY}
     * (X11) or {@code WAYLAND_DISPLAY}; without either, GLFW only prints a page of errors.
     */
    static String noDisplay(UnaryOperator<String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return null;
        }
        if (blank(environment.apply("DISPLAY")) && blank(environment.apply("WAYLAND_DISPLAY"))) {
            return "no display to open the game window on (DISPLAY is not set): " + HEADLESS_HINT;
        }
        return null;
    }

    /**
     * Classifies what the window threw.
     *
     * @param glfwErrors what GLFW reported while it was held back (may be empty)
     * @param display    the display named in the environment, for the message (may be null)
     */
    static WindowFailure of(Throwable thrown, String glfwErrors, String display) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return new WindowFailure(Kind.OUT_OF_MEMORY, "the game ran out of memory (" + t.getMessage()
                        + "): give Java more, for example 'java -Xmx2g -jar judgment-day.jar'", t);
            }
            if (UserErrors.fixableByUser(t)) {
                return new WindowFailure(Kind.USER, t.getMessage(), t);
            }
        }
        if (!(thrown instanceof GdxRuntimeException) || thrown.getCause() != null || !fromBackend(thrown)) {
            return new WindowFailure(Kind.BUG, null, thrown);
        }
        String glfw = firstDescription(glfwErrors);
        String said = glfw.isEmpty() ? thrown.getMessage() : "GLFW: " + glfw;
        if (thrown.getMessage().startsWith("Unable to initialize GLFW")) {
            String which = blank(display) ? "the display" : "the display " + display;
            return new WindowFailure(Kind.DISPLAY, "can't open " + which + " (" + said + "): is its X server"
                    + " running, and may this user use it? Or " + HEADLESS_HINT, thrown);
        }
        return new WindowFailure(Kind.GRAPHICS, "can't open the game window (" + said + "): it needs OpenGL 2.0;"
                + " update the graphics driver, or use Mesa's software one (Debian: libgl1-mesa-dri,"
                + " LIBGL_ALWAYS_SOFTWARE=1)", thrown);
    }

    /** Thrown by the LWJGL3 backend's own code (creating GLFW, the window, the GL context), not from the game's. */
    private static boolean fromBackend(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(BACKEND);
    }

    /**
     * The first "Description : ..." of what LWJGL's GLFW error printer wrote (its stack traces are noise
     * here); the first line when the text has no such line; empty for none.
     */
    static String firstDescription(String glfwErrors) {
        String first = "";
        for (String line : glfwErrors.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Description")) {
                int colon = trimmed.indexOf(':');
                return trimmed.substring(colon + 1).trim();
            }
            if (first.isEmpty()) {
                first = trimmed;
            }
        }
        return first;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
