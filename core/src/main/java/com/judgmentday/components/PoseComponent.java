package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * The T-1000 standing still in a character's look (a beat's disguise step), its feet fused into the floor, until its
 * time is up or it is shot. Only a T-1000 posing now carries it (a level without the step hashes as before).
 */
public final class PoseComponent implements Component, Hashed {
    /** Ticks left of the pose. */
    public int ticks;
    /** The character it poses as (their id). */
    public String as = "";
    /** The floor's material its feet are fused into (drawn so: a tell for a player who looks), or empty. */
    public String fusedTo = "";
    /** Its holes when last looked at: one more is a shot, which ends the pose. */
    public int holes;

    @Override
    public void hash(StateHash out) {
        out.add(ticks).add(as).add(fusedTo).add(holes);
    }
}
