package com.judgmentday.level;

import com.judgmentday.content.UserText;

/** A level that can't be loaded; the message names the file (and object) and says what to do, in one safe line. */
public final class LevelException extends RuntimeException {
    public LevelException(String message) {
        super(UserText.line(message));
    }
}
