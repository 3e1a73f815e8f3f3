package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;

/**
 * The menus' backdrop: a night sky burning red at the horizon over a city skyline, from shapes alone, in whole
 * pixels of the virtual screen like the rest of the art.
 */
final class Backdrop {
    /** Building widths and heights as fractions of the screen, left to right, repeating. */
    private static final float[] WIDTHS = {0.05f, 0.08f, 0.04f, 0.07f, 0.06f, 0.1f, 0.045f, 0.065f, 0.09f, 0.05f};
    private static final float[] HEIGHTS = {0.16f, 0.27f, 0.2f, 0.34f, 0.22f, 0.18f, 0.4f, 0.25f, 0.15f, 0.3f};

    private static final Color GLOW = new Color(0.45f, 0.1f, 0.05f, 1f);
    private static final Color NIGHT = new Color(0.02f, 0.02f, 0.06f, 1f);

    private Backdrop() {
    }

    /** Draws it over a {@code width} x {@code height} screen in the shape renderer's projection. */
    static void draw(ShapeRenderer shapes, float width, float height) {
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        int horizon = Math.round(height * 0.3f);
        int top = Math.round(height);
        // Sky: near black above, a fire glow at the horizon; one band a pixel row, as a palette would step it.
        for (int y = horizon; y < top; y++) {
            float t = (y - horizon) / (float) (top - horizon);
            shapes.setColor(GLOW.r + (NIGHT.r - GLOW.r) * t, GLOW.g + (NIGHT.g - GLOW.g) * t,
                    GLOW.b + (NIGHT.b - GLOW.b) * t, 1f);
            shapes.rect(0, y, width, 1);
        }
        shapes.setColor(0.02f, 0.02f, 0.03f, 1f);
        shapes.rect(0, 0, width, horizon);
        shapes.setColor(0.05f, 0.03f, 0.04f, 1f);
        int x = 0;
        for (int i = 0; x < width; i++) {
            int w = Math.round(WIDTHS[i % WIDTHS.length] * width);
            shapes.rect(x, horizon, w - 2, Math.round(HEIGHTS[(i * 7) % HEIGHTS.length] * height));
            x += w;
        }
        shapes.setColor(0.9f, 0.25f, 0.08f, 0.5f);
        shapes.rect(0, horizon - 1, width, 1);
        shapes.end();
    }
}
