package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.sim.Simulation;

/**
 * While a beat holds the controls, black bars slide in at the top and bottom of the screen, the way films say
 * "watch", and the bottom one says when the keys come back: playtesters pressed keys into a locked moment, did not
 * see thin bars, and thought the game had dropped them.
 */
final class Letterbox {
    /** The bars' height at full, virtual pixels: the bottom one holds the controls line. */
    private static final float HEIGHT = 22f;
    /** How fast they slide, fractions a second. */
    private static final float SPEED = 5f;
    private static final Color COLOUR = new Color(0f, 0f, 0f, 0.92f);
    /** Shown in the bottom bar once it is half in. */
    private static final String WATCH = "WATCH  -  CONTROLS BACK IN ";
    /** Longer than this, ticks, the keys are not coming back (a ride-out): no count is shown. */
    static final int FOR_GOOD = 60 * Simulation.TICKS_PER_SECOND;
    private final StringBuilder label = new StringBuilder();
    /** How far the bars are in, 0 to 1. */
    private float in;

    /** Slides the bars in while {@code locked}, out after, over {@code delta} seconds, and draws them. */
    void draw(ShapeRenderer shade, boolean locked, float delta) {
        float step = Math.min(1f, delta * SPEED);
        in = locked ? Math.min(1f, in + step) : Math.max(0f, in - step);
        if (in > 0f) {
            float bar = HEIGHT * in;
            shade.setColor(COLOUR);
            shade.rect(0f, 0f, PixelScreen.WIDTH, bar);
            shade.rect(0f, PixelScreen.HEIGHT - bar, PixelScreen.WIDTH, bar);
        }
    }

    /** What the bottom bar says (whole seconds until the keys come back), or empty while the bars are not in. */
    CharSequence label(int lockTicks) {
        label.setLength(0);
        if (in >= 0.5f && lockTicks > 0) {
            watch(label, lockTicks);
        }
        return label;
    }

    /** The words for keys taken {@code ticks} more; held for good (riding off as the level ends), no count. */
    static void watch(StringBuilder out, int ticks) {
        if (ticks > FOR_GOOD) {
            out.append("WATCH");
        } else {
            out.append(WATCH).append((ticks + Simulation.TICKS_PER_SECOND - 1) / Simulation.TICKS_PER_SECOND);
        }
    }

    /**
     * Ticks until the keys are the player's again: a beat's lock, the one played shut down (the reroute) or held
     * still (pinned): a tester thought the keys were broken through 8 s of the reboot, which had no bars.
     */
    static int controlsAway(Simulation simulation, HealthComponent integrity) {
        int shutdown = integrity == null ? 0 : integrity.shutdownTicks;
        return Math.max(simulation.stage().lockTicks, Math.max(shutdown, Mappers.CHARACTER.get(simulation.controlled()).heldTicks));
    }
}
