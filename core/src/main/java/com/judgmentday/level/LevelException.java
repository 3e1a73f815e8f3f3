package com.judgmentday.level;

/** A level that can't be loaded; the message names the file (and object) and says what to do. */
public final class LevelException extends RuntimeException {
    public LevelException(String message) {
        super(message);
    }
}
