package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A door: the key and the trigger that open it, an order a switch gave it, and whether it is open (then it blocks nothing). */
public final class DoorComponent implements Component, Hashed {
    /** The key name; empty: no key opens it. */
    public String key = "";
    /** The map object it came from (navigation leaves an open door out). */
    public int objectId;
    /** The name of the trigger whose firing opens it; empty: none. */
    public String trigger = "";
    /** What a switch thrown this tick told it to do (DoorSystem carries it out, then clears it). */
    public DoorOrder order = DoorOrder.NONE;
    public boolean open;

    @Override
    public void hash(StateHash out) {
        out.add(key).add(objectId).add(trigger).add(order).add(open);
    }
}
