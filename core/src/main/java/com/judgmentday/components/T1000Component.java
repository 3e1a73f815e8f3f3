package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;

/** The T-1000's mind as data: whom it hunts, what it knows, its attack and its timers (its route: RouteComponent). */
public final class T1000Component implements Component, Hashed {
    public Entity target;
    /** The quarry it was turned from because it hid (a beat's hide step): hunted again when called; null if none. */
    public Entity hiddenQuarry;
    public T1000State state = T1000State.SEARCH;
    /** Where it last saw or was told the target was. */
    public boolean knowsTarget;
    public float lastKnownX;
    public float lastKnownY;
    /** The last noise it heard (a shot, a blast, glass breaking). */
    public boolean heardNoise;
    public float noiseX;
    public float noiseY;
    /** Ticks until the police radio tells it where the target is again. */
    public int tipTicks;
    /** Ticks left of the stab's wind-up; 0 when not winding up. */
    public int windupTicks;
    public int attackCooldown;
    /** Reported reaching the target since it last got away. */
    public boolean reached;
    /** The behaviour-tree task running now, for the overlay. */
    public String task = "";
    /** Blasted back in the open: its cover is blown, and it no longer blends in among people. */
    public boolean exposed;

    @Override
    public void hash(StateHash out) {
        out.add(target).add(hiddenQuarry).add(state).add(knowsTarget).add(lastKnownX).add(lastKnownY).add(heardNoise).add(noiseX)
                .add(noiseY).add(tipTicks).add(windupTicks).add(attackCooldown).add(reached).add(task);
        if (exposed) {
            // Only once it is: a run in which it never was hashes as before.
            out.add(true);
        }
    }
}
