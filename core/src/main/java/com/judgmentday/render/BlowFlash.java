package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;

/**
 * A blow to the one played (a press, a load, a blade, a shot: this much health gone within a tick or two) flashes
 * their bar white and reddens the screen's edges for a moment, and the status line names what did it a little longer ("HIT:
 * CRUSHER"). A tester lost half the T-800's integrity among the presses without seeing one land; slow harm (heat, a
 * little each frame) does not flash.
 */
final class BlowFlash {
    /** Health gone within {@link #TICKS} ticks that counts as a blow (a burn in molten steel is under 5 a tick). */
    private static final float BLOW = 5f;
    private static final long TICKS = 2;
    private static final float SECONDS = 0.5f;
    /** How long the status line names the blow. */
    private static final float NAMED_SECONDS = 1.5f;
    /** The red edges' width at full, virtual pixels. */
    private static final float EDGE = 12f;
    /** The longest frame counted: a stall (the window dragged, the process paused) does not eat the cue. */
    private static final float LONGEST_FRAME = 0.05f;
    private static final Color RED = new Color(0.9f, 0.1f, 0.05f, 0.65f);
    private final Color edge = new Color();
    private Entity seen;
    private float lastHealth;
    private long lastTick;
    private float left;
    private float named;
    private String cause = "";

    /** Notes the played character's health this frame, at the simulation's {@code tick}. */
    void follow(Entity played, HealthComponent health, long tick, float delta) {
        float frame = Math.min(delta, LONGEST_FRAME);
        left = Math.max(0f, left - frame);
        named = Math.max(0f, named - frame);
        if (health == null) {
            seen = null;
            return;
        }
        // Over a long frame (a stall: many ticks at once) a burn adds up to a blow's worth: only a drop within a tick
        // or two counts.
        if (played == seen && tick - lastTick <= TICKS && lastHealth - health.health >= BLOW) {
            left = SECONDS;
            named = NAMED_SECONDS;
            DamageComponent damage = Mappers.DAMAGE.get(played);
            cause = damage == null ? "" : damage.cause;
        }
        seen = played;
        lastHealth = health.health;
        lastTick = tick;
    }

    boolean flashing() {
        return left > 0f;
    }

    /** What the last blow was ("crusher", "blade"...) while the status line names it, else empty. */
    String named() {
        return named > 0f ? cause : "";
    }

    /** The screen's edges, reddened while a blow is fresh, fading. */
    void drawEdges(ShapeRenderer shade) {
        if (left <= 0f) {
            return;
        }
        float fade = left / SECONDS;
        shade.setColor(edge.set(RED).mul(1f, 1f, 1f, fade));
        float w = EDGE * fade;
        shade.rect(0f, 0f, w, PixelScreen.HEIGHT);
        shade.rect(PixelScreen.WIDTH - w, 0f, w, PixelScreen.HEIGHT);
        shade.rect(w, 0f, PixelScreen.WIDTH - 2f * w, w);
        shade.rect(w, PixelScreen.HEIGHT - w, PixelScreen.WIDTH - 2f * w, w);
    }
}
