package com.judgmentday.level;

import com.judgmentday.components.DoorOrder;

/** A wall switch: where it is, the doors it works (by name), what it does to them, and whether it works once. */
public final class SwitchDef {
    public AreaDef area;
    public String[] doors = new String[0];
    public DoorOrder action = DoorOrder.OPEN;
    public boolean once;
    public float reach;
    /** A crank: the shutters it works rise only while Interact is held at it. */
    public boolean crank;
}
