package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * A character's arm caught in machinery, held there until cut free, and the one arm it fights on after. Only
 * characters this has happened to carry it (a level with no catching machinery hashes as before).
 */
public final class ArmComponent implements Component, Hashed {
    /** Held by machinery now: it can't move away. */
    public boolean caught;
    /** The machine's name, for events and the HUD. */
    public String machine = "";
    /** Where it was caught (its centre), metres: the machinery holds it there. */
    public float anchorX;
    public float anchorY;
    /** Ticks of Interact held toward cutting free. */
    public int cutTicks;
    /** Its arm is gone: no two-handed weapons. */
    public boolean oneArmed;
    /** The player was told once why a two-handed weapon won't do. */
    public boolean toldTwoHanded;

    @Override
    public void hash(StateHash out) {
        out.add(caught).add(machine).add(anchorX).add(anchorY).add(cutTicks).add(oneArmed).add(toldTwoHanded);
    }
}
