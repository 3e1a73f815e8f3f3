package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.utils.Align;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.GameEvent;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;

/**
 * The objective on screen when it changes: "OBJECTIVE: GET JOHN OUT", centred under the status rows for a few
 * seconds, fading at the end. Reads the simulation's {@code objective.shown} events from where it last stopped.
 */
final class ObjectiveBanner {
    private static final long SHOW_TICKS = 4 * Simulation.TICKS_PER_SECOND;
    private static final long FADE_TICKS = Simulation.TICKS_PER_SECOND / 2;
    private final Color colour = new Color();
    private Simulation simulation;
    private int read;
    private String shown = "";
    private long since;
    private long now;

    void follow(Simulation current) {
        if (current != simulation) {
            simulation = current;
            read = 0;
            shown = "";
        }
        EventLog log = current.events();
        for (; read < log.events().size; read++) {
            GameEvent event = log.events().get(read);
            if (event.type == EventType.OBJECTIVE_SHOWN) {
                shown = "OBJECTIVE: " + event.detail.toUpperCase(java.util.Locale.ROOT);
                since = event.tick;
            }
        }
        now = current.tick();
    }

    void draw(SpriteBatch batch, BitmapFont font, GlyphLayout layout) {
        long age = now - since;
        if (shown.isEmpty() || age >= SHOW_TICKS) {
            return;
        }
        float alpha = Math.min(1f, (SHOW_TICKS - age) / (float) FADE_TICKS);
        colour.set(Palette.HUD_OBJECTIVE).a = alpha;
        float width = PixelScreen.WIDTH - 2 * HudLayout.MARGIN;
        layout.setText(font, shown, colour, width, Align.center, false);
        Lettering.draw(batch, font, layout, HudLayout.MARGIN, HudLayout.statusBottom() - HudLayout.MARGIN);
    }
}
