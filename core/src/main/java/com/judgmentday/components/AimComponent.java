package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * A T-1000 that shoots on sight (its spawn says so): the aim it is taking, the tell the renderer draws as a red line
 * from its gun, and the wait before it stops to aim again. Only such a T-1000 carries it (a level without one hashes as
 * before).
 */
public final class AimComponent implements Component, Hashed {
    /** Ticks aimed so far; 0 when not aiming. */
    public int aimTicks;
    /** Where it aims (the middle of its mark), metres. */
    public float aimX;
    public float aimY;
    /** Ticks left before it stops to aim again, after a shot. */
    public int cooldown;

    @Override
    public void hash(StateHash out) {
        out.add(aimTicks).add(aimX).add(aimY).add(cooldown);
    }
}
