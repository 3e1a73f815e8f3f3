package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.utils.Align;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.GameEvent;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;

/**
 * What to do, under the status rows: the objective, bright for a few seconds when it changes and then dimmed but
 * always there ("OBJECTIVE: GET JOHN OUT"; "DONE: ..." once met, until the next is shown); below it, as the level starts, the level's briefing, held long enough
 * to read and apart from the subtitles, so the first line said doesn't wipe it; and, when a beat hands the player
 * another character, whom they play now ("YOU ARE SARAH NOW"), or a checkpoint is reached ("CHECKPOINT: ARCADE": a
 * playtester found one saved only in the level select), for a few seconds. Reads the simulation's
 * {@code objective.shown}, {@code control.switched} and {@code checkpoint.reached} events from where it last stopped.
 */
final class ObjectiveBanner {
    private static final long SHOW_TICKS = 4 * Simulation.TICKS_PER_SECOND;
    private static final long FADE_TICKS = Simulation.TICKS_PER_SECOND / 2;
    /** How bright the objective stays once its banner has faded. */
    private static final float DIM = 0.55f;
    /** The briefing shows at least this long, and longer the longer it is. */
    private static final long BRIEFING_TICKS = 5 * Simulation.TICKS_PER_SECOND;
    /**
     * Reading time a character of the briefing adds, ticks (20 characters a second: at 15, two playtesters found it
     * over the gallery for 10 s and more).
     */
    private static final int TICKS_PER_CHARACTER = 3;
    private static final int BRIEFING_LINES = 2;
    private static final int OBJECTIVE_LINES = 2;
    /** News in the level's first ticks (its first goal, where it starts) does not cut the briefing short. */
    private static final long BRIEFING_SETTLE = Simulation.TICKS_PER_SECOND;
    private final Color colour = new Color();
    private Simulation simulation;
    private int read;
    private String shown = "";
    /** The id of the objective shown. */
    private String shownId = "";
    private long since;
    private long now;
    private int bottom = HudLayout.statusBottom();
    private String briefing = "";
    private long briefingUntil;
    /** Whom the player was handed last ("YOU ARE SARAH NOW"), and when. */
    private String notice = "";
    private long noticeAt;
    /** The checkpoint reached last ("CHECKPOINT: ARCADE"), and when: a line of its own (a hand-over can come with it). */
    private String checkpoint = "";
    private long checkpointAt;

    void follow(Simulation current) {
        if (current != simulation) {
            simulation = current;
            read = 0;
            shown = "";
            shownId = "";
            notice = "";
            checkpoint = "";
            briefing = current.tick() == 0 ? current.level().briefing : "";
            briefingUntil = Math.max(BRIEFING_TICKS, (long) briefing.length() * TICKS_PER_CHARACTER);
        }
        EventLog log = current.events();
        for (; read < log.events().size; read++) {
            GameEvent event = log.events().get(read);
            if (event.type == EventType.OBJECTIVE_SHOWN) {
                moveOn(event.tick);
                shownId = event.what;
                shown = "OBJECTIVE: " + event.detail().toUpperCase(java.util.Locale.ROOT);
                since = event.tick;
            } else if (event.type == EventType.OBJECTIVE_MET && event.what.equals(shownId)) {
                // Done, and nothing new asked yet: say so rather than keep asking for it.
                shown = "DONE: " + event.detail().toUpperCase(java.util.Locale.ROOT);
                since = event.tick;
            } else if (event.type == EventType.CONTROL_SWITCHED && current.controlled() != null) {
                String title = Mappers.CHARACTER.get(current.controlled()).def.title;
                notice = ("You are " + title + " now").toUpperCase(java.util.Locale.ROOT);
                noticeAt = event.tick;
                moveOn(event.tick);
            } else if (event.type == EventType.CHECKPOINT_REACHED && event.tick > 0) {
                checkpoint = ("Checkpoint: " + event.what).toUpperCase(java.util.Locale.ROOT);
                checkpointAt = event.tick;
                moveOn(event.tick);
            }
        }
        now = current.tick();
    }

    /**
     * The level has moved on (a new goal, a hand-over, a checkpoint): the briefing fades out now rather than stack
     * under the news (playtesters found four lines of text over the middle of the screen at once).
     */
    private void moveOn(long tick) {
        if (tick > BRIEFING_SETTLE) {
            briefingUntil = Math.min(briefingUntil, tick + FADE_TICKS);
        }
    }

    /** The level's briefing is on screen now (fading or not). */
    boolean briefing() {
        return !briefing.isEmpty() && now < briefingUntil;
    }

    /**
     * How far down the screen its lines reached when last drawn, virtual pixels from the bottom (the status rows'
     * bottom when it showed none): the HUD's shade reaches down behind them, a frame later. Testers could not read the
     * briefing over the bright shopfronts behind it.
     */
    int bottom() {
        return bottom;
    }

    void draw(SpriteBatch batch, BitmapFont font, GlyphLayout layout) {
        float width = PixelScreen.WIDTH - 2 * HudLayout.MARGIN;
        int top = HudLayout.statusBottom() - HudLayout.MARGIN;
        bottom = HudLayout.statusBottom();
        if (!shown.isEmpty()) {
            long age = now - since;
            float fresh = age >= SHOW_TICKS ? 0f : Math.min(1f, (SHOW_TICKS - age) / (float) FADE_TICKS);
            colour.set(Palette.HUD_OBJECTIVE).a = DIM + (1f - DIM) * fresh;
            // Two lines at most: round 17's first goal ran off both sides of the screen on one.
            Lettering.wrapCentred(layout, font, shown, colour, width, OBJECTIVE_LINES);
            Lettering.draw(batch, font, layout, HudLayout.MARGIN, top);
            bottom = Math.round(top - layout.height);
            top -= Math.max(HudLayout.LINE * 2, Math.round(layout.height) + HudLayout.LINE);
        }
        top = notice(batch, font, layout, notice, noticeAt, top);
        top = notice(batch, font, layout, checkpoint, checkpointAt, top);
        if (briefing()) {
            float alpha = Math.min(1f, (briefingUntil - now) / (float) FADE_TICKS);
            colour.set(Color.WHITE).a = alpha;
            Lettering.wrapCentred(layout, font, briefing, colour, width, BRIEFING_LINES);
            Lettering.draw(batch, font, layout, HudLayout.MARGIN, top);
            bottom = Math.round(top - layout.height);
        }
    }

    /** A notice on its own line while it is fresh, fading out; the top of the next line. */
    private int notice(SpriteBatch batch, BitmapFont font, GlyphLayout layout, String text, long at, int top) {
        long age = now - at;
        if (text.isEmpty() || age >= SHOW_TICKS) {
            return top;
        }
        colour.set(Palette.HUD_OBJECTIVE).a = Math.min(1f, (SHOW_TICKS - age) / (float) FADE_TICKS);
        layout.setText(font, text, colour, PixelScreen.WIDTH - 2 * HudLayout.MARGIN, Align.center, false);
        Lettering.draw(batch, font, layout, HudLayout.MARGIN, top);
        bottom = Math.round(top - layout.height);
        return top - HudLayout.LINE * 2;
    }
}
