package com.judgmentday.level;

/** One thing wrong with a level, printed as {@code file:id (type or name): message}. */
public final class Problem {
    /** Object id; 0 for the map itself. */
    public final int objectId;
    public final String file;
    public final String label;
    public final String message;

    public Problem(String file, int objectId, String label, String message) {
        this.file = file;
        this.objectId = objectId;
        this.label = label;
        this.message = message;
    }

    @Override
    public String toString() {
        return objectId == 0 ? file + ": " + message : file + ":" + objectId + " (" + label + "): " + message;
    }
}
