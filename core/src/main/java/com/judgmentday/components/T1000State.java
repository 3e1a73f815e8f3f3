package com.judgmentday.components;

/** What the T-1000 is doing, as its behaviour tree last decided (for the AI overlay and the report). */
public enum T1000State {
    SEARCH,
    HUNT,
    CLOSE_IN,
    ATTACK,
    DISGUISED,
    RECOVER,
    /** Standing to aim its gun (a T-1000 that shoots on sight); last, so the others keep their hashed order. */
    AIM
}
