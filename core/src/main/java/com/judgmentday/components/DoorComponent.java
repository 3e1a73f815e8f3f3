package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A door: the key that opens it, and whether it is open (then it blocks nothing). */
public final class DoorComponent implements Component, Hashed {
    /** The key name; empty: no key opens it. */
    public String key = "";
    /** The map object it came from (navigation leaves an open door out). */
    public int objectId;
    public boolean open;

    @Override
    public void hash(StateHash out) {
        out.add(key).add(objectId).add(open);
    }
}
