package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * What is said, as subtitles: the lines beats say, what a pick-up gave, John's protests, the lines the T-1000 copies from the people it becomes, and
 * why an exit won't open yet. Reads the simulation's event log from where it last stopped; a line stays a few
 * seconds.
 */
final class Subtitles {
    private static final long SHOW_TICKS = 4 * Simulation.TICKS_PER_SECOND;
    private Simulation simulation;
    private int read;
    /** Who speaks and what, as shown: "JOHN: Hey! You promised!". */
    private String said = "";
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
                    show("JOHN", event.detail(), event.tick);
                    break;
                case LINE_SAID:
                    // A beat's line: who says it, the words, as long as the beat holds it.
                    show(event.subject.toUpperCase(Locale.ROOT), event.detail(), event.tick);
                    until = event.tick + Math.max(1, Math.round(event.amount * Simulation.TICKS_PER_SECOND));
                    break;
                case PICKUP_TAKEN:
                    show("", event.whom.isEmpty() ? taken(event.what)
                            : "Ammunition for the " + event.whom.toUpperCase(Locale.ROOT) + ".", event.tick);
                    break;
                case PERSON_DISARMED:
                    // The press did something: a tester pressed E at a guard and saw nothing change but the guard go.
                    show("", "You took his " + event.what + " and threw it away.", event.tick);
                    break;
                case ARM_CAUGHT: case ARM_CUT_FREE: case WEAPON_TWO_HANDED:
                    // What the body can do now, said once: caught, cut free, a weapon that takes two hands. Not a catch a
                    // beat makes with the controls away: "hold Interact" then did nothing, and the player was handed
                    // Sarah (the mill's second map opens so); the beat's caption says what happens.
                    if (event.type != EventType.ARM_CAUGHT || !current.stage().locked()) {
                        show("", Character.toUpperCase(event.detail().charAt(0)) + event.detail().substring(1) + ".",
                                event.tick);
                    }
                    break;
                case EXIT_WAITING:
                    // A hint, not a line: why the way out won't open yet.
                    show("", Character.toUpperCase(event.detail().charAt(0)) + event.detail().substring(1) + ".", event.tick);
                    break;
                default:
                    break;
            }
        }
        now = current.tick();
    }

    /** What a pick-up gave, from the event's item ("m16"): a weapon says how to reach it. */
    private static String taken(String item) {
        switch (item) {
            case "ammo":
                return "Ammunition.";
            case "grenades":
                return "Grenades.";
            case "health":
                return "First aid.";
            case "key":
                return "A key.";
            default:
                return "The " + item.toUpperCase(Locale.ROOT) + ": switch weapons to use it.";
        }
    }

    private void show(String who, String line, long tick) {
        said = who.isEmpty() ? line : who + ": " + line;
        until = tick + SHOW_TICKS;
    }

    /**
     * Draws the line being said, centred at the foot of the virtual screen above the controls line, wrapped to
     * at most {@link HudLayout#SUBTITLE_LINES} lines; a longer one is shown on one line, cut short.
     */
    void draw(SpriteBatch batch, BitmapFont font, GlyphLayout layout) {
        if (now >= until || said.isEmpty()) {
            return;
        }
        float width = PixelScreen.WIDTH - 2 * HudLayout.MARGIN;
        Lettering.wrapCentred(layout, font, said, Color.YELLOW, width, HudLayout.SUBTITLE_LINES);
        Lettering.draw(batch, font, layout, HudLayout.MARGIN, HudLayout.subtitlesBottom() + layout.height);
    }
}
