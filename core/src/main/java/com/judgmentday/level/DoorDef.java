package com.judgmentday.level;

/** A door: the solid it is while shut, and the key or trigger that opens it (empty: none). */
public final class DoorDef {
    public SolidDef shape;
    public String key = "";
    /** The name of the trigger that opens it (empty: none). */
    public String trigger = "";
    /** How long it takes to rise out of the way once worked, seconds (a roller shutter); 0: it opens at once. */
    public float opensSeconds;
    /** Its Name, or "door#id". */
    public String name;
}
