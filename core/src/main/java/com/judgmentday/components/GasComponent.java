package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A cloud of tear gas hanging where a canister burst: its centre and reach, metres, and the ticks it has left. */
public final class GasComponent implements Component, Hashed {
    public float x;
    public float y;
    public float radius;
    public int ticks;
    /** Ticks it hung for at first (it thins as they run out). */
    public int lasting;

    /** Whether (px, py) is inside the cloud. */
    public boolean covers(float px, float py) {
        float dx = px - x;
        float dy = py - y;
        return dx * dx + dy * dy <= radius * radius;
    }

    @Override
    public void hash(StateHash out) {
        out.add(x).add(y).add(radius).add(ticks).add(lasting);
    }
}
