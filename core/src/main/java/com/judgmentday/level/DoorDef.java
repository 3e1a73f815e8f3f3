package com.judgmentday.level;

/** A door: the solid it is while shut, and the key or trigger that opens it (empty: none). */
public final class DoorDef {
    public SolidDef shape;
    public String key = "";
    /** The name of the trigger that opens it (empty: none). */
    public String trigger = "";
    /** Its Name, or "door#id". */
    public String name;
}
