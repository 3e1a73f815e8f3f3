package com.judgmentday.level;

import com.judgmentday.content.UserText;

/**
 * One thing wrong with a level, printed as {@code file:id (type or name): message}. An error refuses the map; a
 * warning ({@code file:id (type): warning: message}) is told but the map still plays. What the map wrote (the
 * label, values in the message) is kept escaped and bounded, so no check can put control characters or a
 * megabyte on the designer's terminal.
 */
public final class Problem {
    /** Object id; 0 for the map itself. */
    public final int objectId;
    public final String file;
    public final String label;
    public final String message;
    public final boolean warning;

    public Problem(String file, int objectId, String label, String message) {
        this(file, objectId, label, message, false);
    }

    private Problem(String file, int objectId, String label, String message, boolean warning) {
        this.file = UserText.line(file);
        this.objectId = objectId;
        this.label = UserText.token(label);
        this.message = UserText.line(message);
        this.warning = warning;
    }

    /** Something the designer should know that does not stop the level from being played. */
    public static Problem warning(String file, int objectId, String label, String message) {
        return new Problem(file, objectId, label, message, true);
    }

    @Override
    public String toString() {
        String text = warning ? "warning: " + message : message;
        return UserText.line(objectId == 0 ? file + ": " + text : file + ":" + objectId + " (" + label + "): " + text);
    }
}
