package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Health of a living body, or the T-800's integrity; knock-downs and the T-800's shutdowns. */
public final class HealthComponent implements Component, Hashed {
    public float health;
    public float max;
    /** Ticks left lying down after a leg hit or a knock-down (people). */
    public int downTicks;
    /** A person disarmed while down: it stays down (alive, out of the fight) for the rest of the level. */
    public boolean restrained;
    public boolean dead;
    /** T-800: ticks left shut down before the emergency power reroute (or the end). */
    public int shutdownTicks;
    /** T-800: shutdowns so far this level. */
    public int shutdowns;

    /** Down, dead or shut down: it can't act. */
    public boolean out() {
        return dead || downTicks > 0 || shutdownTicks > 0;
    }

    public float fraction() {
        return max > 0f ? Math.max(0f, health) / max : 0f;
    }

    @Override
    public void hash(StateHash out) {
        out.add(health).add(max).add(downTicks).add(restrained).add(dead).add(shutdownTicks).add(shutdowns);
    }
}
