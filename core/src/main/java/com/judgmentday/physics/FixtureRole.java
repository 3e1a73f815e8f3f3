package com.judgmentday.physics;

/** What a fixture is for, so contact handling never guesses from shapes. */
public enum FixtureRole {
    /** The solid part of a body. */
    BODY,
    /** A sensor under a character that tells it stands on something. */
    FOOT,
    /** A sensor area of the level, such as the exit. */
    ZONE
}
