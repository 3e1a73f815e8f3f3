package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * A character riding off on a parked vehicle (a beat's ride step): held where it mounted, drawn on the vehicle as it
 * pulls away along its facing. Vehicles are not simulated yet (the chases will): the ride-out is the set piece's last
 * shot, the win waits for its beat. Only riders carry it (a level without the step hashes as before).
 */
public final class RidingComponent implements Component, Hashed {
    /** The parked-vehicle's Tiled id, its art kind, where it stood (centre x, bottom) and which way it points. */
    public int vehicle;
    public String kind = "";
    public float x;
    public float bottom;
    public int facing = 1;
    /** The tick it set off. */
    public long since;

    /** How far it has gone {@code seconds} after setting off, metres: away at {@code ACCELERATION}, up to {@code TOP}. */
    public static float gone(float seconds) {
        float full = TOP / ACCELERATION;
        return seconds <= full ? 0.5f * ACCELERATION * seconds * seconds
                : 0.5f * ACCELERATION * full * full + TOP * (seconds - full);
    }

    /** A bike pulling away, m/s²; its top speed, m/s. */
    public static final float ACCELERATION = 5f;
    public static final float TOP = 14f;

    @Override
    public void hash(StateHash out) {
        out.add(vehicle).add(kind).add(x).add(bottom).add(facing).add(since);
    }
}
