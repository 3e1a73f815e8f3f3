package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A moving platform: its stops, where it is headed, and who stands on it. */
public final class ElevatorComponent implements Component, Hashed {
    /** The car's bottom centre at each stop, x0, y0, x1, y1, ... metres. */
    public float[] path;
    public float speed;
    public boolean moving;
    /** The stop it is travelling to, and which way along the route it goes (+1 or -1). */
    public int next;
    public int direction = 1;
    /** The end a lift that is not moving waits at for a rider (0 or the last stop). */
    public int home;
    /** Ticks left to wait at a stop. */
    public int waitTicks;
    /**
     * A called lift at its far end is held there while anyone is aboard, for at most this many more ticks: then
     * it comes home whoever is aboard, so a rider left standing on it can't keep it from everyone below.
     */
    public int holdTicks;
    /** Feet on the car now. */
    public int riders;
    /** The car's size, metres. */
    public float width;
    public float height;

    @Override
    public void hash(StateHash out) {
        out.add(path).add(speed).add(moving).add(next).add(direction).add(home).add(waitTicks).add(holdTicks).add(riders)
                .add(width).add(height);
    }
}
