package com.judgmentday.components;

/** What the T-1000 is doing, as its behaviour tree last decided (for the AI overlay and the report). */
public enum T1000State {
    SEARCH,
    HUNT,
    CLOSE_IN,
    ATTACK,
    DISGUISED,
    RECOVER
}
