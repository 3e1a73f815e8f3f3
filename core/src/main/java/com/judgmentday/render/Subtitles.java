package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.utils.Align;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * What is said, as subtitles: John's protests, the lines the T-1000 copies from the people it becomes, and
 * why an exit won't open yet. Reads the simulation's event log from where it last stopped; a line stays a few seconds.
 */
final class Subtitles {
    private static final long SHOW_TICKS = 4 * Simulation.TICKS_PER_SECOND;
    private Simulation simulation;
    private int read;
    private String speaker = "";
    private String text = "";
    private long until;
    private long now;

    /** Catches up with the simulation's events (a new simulation starts over). */
    void follow(Simulation current) {
        if (current != simulation) {
            simulation = current;
            read = 0;
            until = 0;
        }
        EventLog log = current.events();
        for (; read < log.events().size; read++) {
            GameEvent event = log.events().get(read);
            switch (event.type) {
                case JOHN_PROTEST:
                    show("JOHN", event.detail, event.tick);
                    break;
                case EXIT_WAITING:
                    // A hint, not a line: why the way out won't open yet.
                    show("", Character.toUpperCase(event.detail.charAt(0)) + event.detail.substring(1) + ".", event.tick);
                    break;
                case T1000_DISGUISED: {
                    int quote = event.detail.indexOf('"');
                    if (quote >= 0) {
                        show(event.detail.substring(0, Math.max(0, quote - 2)).toUpperCase(Locale.ROOT),
                                event.detail.substring(quote + 1, event.detail.length() - 1), event.tick);
                    }
                    break;
                }
                default:
                    break;
            }
        }
        now = current.tick();
    }

    private void show(String who, String line, long tick) {
        speaker = who;
        text = line;
        until = tick + SHOW_TICKS;
    }

    void draw(SpriteBatch batch, BitmapFont font, GlyphLayout layout, int width) {
        if (now >= until || text.isEmpty()) {
            return;
        }
        font.setColor(Color.YELLOW);
        layout.setText(font, speaker.isEmpty() ? text : speaker + ": " + text, Color.YELLOW, width * 0.8f, Align.center, true);
        font.draw(batch, layout, width * 0.1f, 70f);
        font.setColor(Color.WHITE);
    }
}
