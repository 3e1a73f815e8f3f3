package com.judgmentday.render.art;

/** A broken art file: the message names the file, the line and what to change. */
public final class ArtException extends RuntimeException {
    public ArtException(String message) {
        super(message);
    }
}
