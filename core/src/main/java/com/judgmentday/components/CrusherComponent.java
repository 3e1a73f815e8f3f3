package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Crushing machinery: once a period it strikes whatever is inside its zone. */
public final class CrusherComponent implements Component, Hashed {
    /** Ticks per cycle; it strikes as a cycle ends. */
    public int periodTicks;
    /** Ticks into the current cycle. */
    public int ticks;
    /** Damage points a strike deals. */
    public float damage;
    /** A press (a head that drops) rather than gears (wheels that turn). */
    public boolean press;

    @Override
    public void hash(StateHash out) {
        out.add(periodTicks).add(ticks).add(damage).add(press);
    }
}
