package com.judgmentday.content;

/** A data file that can't be used; the message names the file and what is wrong, in one safe line. */
public final class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(UserText.line(message));
    }

    public ContentException(String message, Throwable cause) {
        super(UserText.line(message), cause);
    }
}
