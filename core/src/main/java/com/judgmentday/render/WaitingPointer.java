package com.judgmentday.render;

import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.MathUtils;

/**
 * A gold pointer bobbing over something that waits for the player's Interact (an open winch, a button not pressed
 * yet): testers walked past the epilogue's pulley control twice and pressed one step short of the Galleria's button.
 */
final class WaitingPointer {
    /** Its height over what it points at, how far it bobs and how fast: metres, and bobs a second. */
    private static final float ABOVE = 0.5f;
    private static final float BOB = 0.15f;
    private static final float RATE = 1.5f;

    private WaitingPointer() {
    }

    /** Over {@code x}, its tip {@link #ABOVE} over {@code top}, bobbing with the scene's clock (seconds). */
    static void draw(ShapeRenderer shapes, float x, float top, float clock) {
        float tip = top + ABOVE + BOB * MathUtils.sin(clock * MathUtils.PI2 * RATE);
        shapes.setColor(Palette.HUD_OBJECTIVE);
        shapes.triangle(x - 0.4f, tip + 0.5f, x + 0.4f, tip + 0.5f, x, tip);
        shapes.rect(x - 0.13f, tip + 0.5f, 0.26f, 0.4f);
    }
}
