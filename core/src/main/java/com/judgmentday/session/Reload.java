package com.judgmentday.session;

/** What a frame's look at the level file came to. */
public enum Reload {
    /** Nothing saved since last time. */
    NONE,
    /** Saved, loaded, and the simulation replaced. */
    RELOADED,
    /** Saved, but it didn't load: the last good simulation keeps running. */
    FAILED
}
