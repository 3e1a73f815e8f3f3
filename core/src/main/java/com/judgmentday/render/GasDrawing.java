package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.GasComponent;
import com.judgmentday.sim.Simulation;

/**
 * A tear-gas cloud, over whoever is in it: overlapping pale puffs filling its reach, drifting slowly, thinning as its
 * time runs out. Drawn from the cloud's state alone (its place, reach and ticks), so a replay draws the same.
 */
final class GasDrawing {
    private static final int PUFFS = 14;
    private static final Color PUFF = new Color(0.82f, 0.84f, 0.76f, 0.32f);
    private final Color colour = new Color();

    void draw(ShapeRenderer shapes, GasComponent cloud) {
        float thin = Math.min(1f, cloud.ticks / (float) Math.max(1, Math.min(cloud.lasting, 90)));
        float age = (cloud.lasting - cloud.ticks) / (float) Simulation.TICKS_PER_SECOND;
        float grown = Math.min(1f, 0.35f + age * 1.5f);
        for (int i = 0; i < PUFFS; i++) {
            // A fixed spread per puff (golden-angle spiral), swaying with time.
            float turn = i * 2.39996f + age * 0.25f * (i % 2 == 0 ? 1f : -1f);
            float out = (float) Math.sqrt((i + 0.5f) / PUFFS) * cloud.radius * 0.8f * grown;
            float x = cloud.x + MathUtils.cos(turn) * out;
            float y = cloud.y + Math.abs(MathUtils.sin(turn)) * out * 0.7f + 0.2f;
            float size = cloud.radius * (0.28f + 0.12f * ((i * 7) % 5) / 4f) * grown;
            colour.set(PUFF).a = PUFF.a * thin;
            shapes.setColor(colour);
            shapes.circle(x, y, size, 16);
        }
    }
}
