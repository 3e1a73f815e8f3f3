package com.judgmentday.level;

/** A door: the solid it is while shut, and the key that opens it (empty: none). */
public final class DoorDef {
    public SolidDef shape;
    public String key = "";
    /** Its Name, or "door#id". */
    public String name;
}
