package com.judgmentday.input;

/** A script that can't be played; the message reads {@code file:line: what is wrong}. */
public final class InputScriptException extends Exception {
    public InputScriptException(String message) {
        super(message);
    }
}
