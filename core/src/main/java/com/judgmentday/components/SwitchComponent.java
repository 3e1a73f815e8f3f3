package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A wall switch: the doors it works (by name), what it does to them, and whether it is thrown. */
public final class SwitchComponent implements Component, Hashed {
    /** The doors' names. */
    public String[] doors = new String[0];
    public DoorOrder action = DoorOrder.TOGGLE;
    /** Thrown once, it stays thrown. */
    public boolean once;
    /** How far from its plate a character may stand and still reach it, metres. */
    public float reach;
    /** A crank (a hand chain): the shutters it works rise only while Interact is held at it. */
    public boolean crank;
    /** Its lever's position: thrown (on) or back (off). */
    public boolean on;

    @Override
    public void hash(StateHash out) {
        out.add(doors.length);
        for (String door : doors) {
            out.add(door);
        }
        out.add(action).add(once).add(reach).add(on);
        if (crank) {
            // Only a crank: plain switches hash as they always have.
            out.add(crank);
        }
    }
}
