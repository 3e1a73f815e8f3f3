package com.judgmentday.level;

import com.judgmentday.content.UserText;

/**
 * One thing wrong with a level, printed as {@code file:id (type or name): message}. What the map wrote
 * (the label, values in the message) is kept escaped and bounded, so no check can put control characters
 * or a megabyte on the designer's terminal.
 */
public final class Problem {
    /** Object id; 0 for the map itself. */
    public final int objectId;
    public final String file;
    public final String label;
    public final String message;

    public Problem(String file, int objectId, String label, String message) {
        this.file = UserText.line(file);
        this.objectId = objectId;
        this.label = UserText.token(label);
        this.message = UserText.line(message);
    }

    @Override
    public String toString() {
        return UserText.line(objectId == 0 ? file + ": " + message : file + ":" + objectId + " (" + label + "): " + message);
    }
}
