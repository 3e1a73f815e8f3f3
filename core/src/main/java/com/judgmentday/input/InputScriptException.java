package com.judgmentday.input;

import com.judgmentday.content.UserText;

/** A script that can't be played; the message reads {@code file:line: what is wrong}, in one safe line. */
public final class InputScriptException extends Exception {
    public InputScriptException(String message) {
        super(UserText.line(message));
    }
}
