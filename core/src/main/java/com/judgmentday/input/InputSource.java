package com.judgmentday.input;

/** Anything that says what the player does each tick: keyboard, gamepad, script, recording or bot. */
public interface InputSource {
    /** Writes the actions for the given tick into {@code out}, which arrives cleared. */
    void poll(long tick, ActionSet out);

    /** True when this source has nothing more to say (a script that ran out); live devices never finish. */
    default boolean finished(long tick) {
        return false;
    }

    /** A source that never presses anything. */
    InputSource NONE = (tick, out) -> { };
}
