package com.judgmentday.components;

/** What a switch does to its doors, and what a door has been told to do this tick. */
public enum DoorOrder {
    NONE, OPEN, CLOSE, TOGGLE
}
