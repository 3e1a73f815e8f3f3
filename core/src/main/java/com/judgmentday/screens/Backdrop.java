package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;

/** The menus' backdrop: a night sky burning red at the horizon over a city skyline, from shapes alone. */
final class Backdrop {
    /** Building widths and heights as fractions of the window, left to right, repeating. */
    private static final float[] WIDTHS = {0.05f, 0.08f, 0.04f, 0.07f, 0.06f, 0.1f, 0.045f, 0.065f, 0.09f, 0.05f};
    private static final float[] HEIGHTS = {0.16f, 0.27f, 0.2f, 0.34f, 0.22f, 0.18f, 0.4f, 0.25f, 0.15f, 0.3f};

    private static final Color GLOW = new Color(0.45f, 0.1f, 0.05f, 1f);
    private static final Color NIGHT = new Color(0.02f, 0.02f, 0.06f, 1f);

    private Backdrop() {
    }

    static void draw(ShapeRenderer shapes, float width, float height) {
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        float horizon = height * 0.3f;
        // Sky: near black above, a fire glow at the horizon.
        shapes.rect(0, horizon, width, height - horizon, GLOW, GLOW, NIGHT, NIGHT);
        shapes.setColor(0.02f, 0.02f, 0.03f, 1f);
        shapes.rect(0, 0, width, horizon);
        shapes.setColor(0.05f, 0.03f, 0.04f, 1f);
        float x = 0f;
        for (int i = 0; x < width; i++) {
            float w = WIDTHS[i % WIDTHS.length] * width;
            shapes.rect(x, horizon, w - 3f, HEIGHTS[(i * 7) % HEIGHTS.length] * height);
            x += w;
        }
        shapes.setColor(0.9f, 0.25f, 0.08f, 0.5f);
        shapes.rect(0, horizon - 2f, width, 2f);
        shapes.end();
    }
}
