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
    /** Ticks it takes to rise out of the way once worked (a roller shutter); 0: it opens at once. */
    public int opensTicks;
    /** Ticks it has risen so far, while it rises (0 when shut and still). */
    public int risen;
    /** Worked and rising: it opens when {@link #risen} reaches {@link #opensTicks}. */
    public boolean rising;
    /** Worked by a crank: it rises only on the ticks the crank is turned. */
    public boolean crank;
    /** The crank is turned this tick (SwitchSystem sets it, DoorSystem uses and clears it). */
    @NotState("set by SwitchSystem and cleared by DoorSystem within the tick")
    public boolean cranked;
    /** Who or what set it rising (door.opened's detail when it is up). */
    public String risenBy = "";

    /** How far up it has risen, 0 (shut) to 1 (open). */
    public float lift() {
        return open ? 1f : opensTicks == 0 ? 0f : (float) risen / opensTicks;
    }

    @Override
    public void hash(StateHash out) {
        out.add(key).add(objectId).add(trigger).add(order).add(open);
        if (opensTicks > 0) {
            // Only a shutter's rise: doors that open at once hash as they always have.
            out.add(opensTicks).add(risen).add(rising).add(risenBy);
        }
        if (crank) {
            // Only a crank's shutter: the others hash as they always have.
            out.add(crank);
        }
    }
}
