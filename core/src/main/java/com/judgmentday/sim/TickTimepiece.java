package com.judgmentday.sim;

import com.badlogic.gdx.ai.Timepiece;

/**
 * gdx-ai's clock for one simulation, counted in whole ticks so it never drifts: after a million ticks
 * it reads exactly a million sixtieths of a second (a float sum of 1/60 would not).
 */
public final class TickTimepiece implements Timepiece {
    private long ticks;

    @Override
    public float getTime() {
        return (float) (ticks / (double) Simulation.TICKS_PER_SECOND);
    }

    @Override
    public float getDeltaTime() {
        return Simulation.STEP_SECONDS;
    }

    /** Advances by the whole ticks in {@code deltaTime} (the simulation passes exactly one). */
    @Override
    public void update(float deltaTime) {
        ticks += Math.max(1, Math.round(deltaTime * Simulation.TICKS_PER_SECOND));
    }

    public long ticks() {
        return ticks;
    }
}
