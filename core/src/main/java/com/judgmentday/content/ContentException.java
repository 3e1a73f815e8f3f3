package com.judgmentday.content;

/** A data file that can't be used; the message names the file and what is wrong. */
public final class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
