package com.judgmentday.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Matrix4;
import com.badlogic.gdx.utils.Align;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.render.art.SpriteAtlas;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.sim.Simulation;

import java.util.Locale;

/**
 * The heads-up display, drawn in virtual pixels over the scaled-up world so its letters and icons sit on the
 * art's pixel grid: status along the top ({@link HudLayout}), subtitles and the controls line along the foot.
 */
public final class Hud implements Disposable {
    /** The controls line shows for the first seconds of a level. */
    private static final int HELP_SECONDS = 8;
    private static final int BAR_LEFT = HudLayout.MARGIN + 16;
    private static final int BAR_WIDTH = 80;
    private static final int RIGHT = PixelScreen.WIDTH - HudLayout.MARGIN;
    private static final int STATUS_LEFT = BAR_LEFT + BAR_WIDTH + 6;
    private final Letterbox letterbox = new Letterbox();
    private final BlowFlash blow = new BlowFlash();
    private final SpriteBatch batch = new SpriteBatch();
    private final ShapeRenderer shade = new ShapeRenderer();
    private final BitmapFont font;
    private final GlyphLayout layout = new GlyphLayout();
    private final Matrix4 projection = new Matrix4();
    private final StringBuilder line = new StringBuilder();
    private final StatusLine status = new StatusLine();
    /** Where the weapon's panel (its icon) begins this frame, virtual pixels: the status line ends short of it. */
    private float weaponLeft;
    private final Subtitles subtitles = new Subtitles();
    private final ObjectiveBanner objective = new ObjectiveBanner();
    private final Color fade = new Color();
    private final Color bandRow = new Color();
    /** The shade at the top of the screen behind the status rows, and how far below them it fades out, pixels. */
    private static final Color BAND = new Color(0f, 0f, 0f, 0.5f);
    private static final int BAND_FADE = 8;

    /** {@code fonts}: the game's, which outlive the HUD. */
    public Hud(Fonts fonts) {
        this.font = fonts.text;
    }

    /**
     * Draws the HUD over the level: integrity, the weapon and its rounds, John, the T-1000's state while it
     * is in view, the casualty count (none is an achievement), the clock and mode tag, and subtitles.
     * {@code art} may be null (text only); {@code view} is the camera, to tell whether the T-1000 is seen;
     * {@code help} is the controls line shown for the first seconds (from the player's own bindings);
     * {@code prompt}, when not empty, is a line in the middle of the screen (the level waits for a key);
     * {@code width} and {@code height} are the window's back buffer in pixels; {@code earlier}, the ticks of the level's
     * attempts before this one, which the clock counts on from (two testers read 0:00 after a restart as lost time).
     */
    public void render(Simulation simulation, SpriteAtlas art, OrthographicCamera view, int width, int height,
                       String mode, long earlier, String help, String prompt) {
        subtitles.follow(simulation);
        objective.follow(simulation);
        PixelScreen.project(projection, width, height);
        shade.setProjectionMatrix(projection);
        batch.setProjectionMatrix(projection);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        // The light pass leaves GL blending additive (black adds nothing): the shades need plain alpha blending.
        Gdx.gl.glBlendFunc(GL20.GL_SRC_ALPHA, GL20.GL_ONE_MINUS_SRC_ALPHA);
        HealthComponent integrity = Mappers.HEALTH.get(simulation.controlled());
        // John's row is for John escorting; when he is the one played, his bar is the first row.
        boolean escorted = simulation.john() != null && simulation.john() != simulation.controlled();
        HealthComponent john = escorted ? Mappers.HEALTH.get(simulation.john()) : null;
        shade.begin(ShapeRenderer.ShapeType.Filled);
        // A shade behind the status rows, fading out below them: bright shop signs behind the T-1000's row made it
        // unreadable. It reaches down behind the objective, notices and briefing while they show.
        float band = Math.min(HudLayout.statusBottom(), objective.bottom() - 4);
        shade.setColor(BAND);
        shade.rect(0f, band, PixelScreen.WIDTH, PixelScreen.HEIGHT - band);
        // Faded a whole virtual pixel a row, so the scaled screen stays on its pixel grid (no gradient between them).
        for (int row = 1; row <= BAND_FADE; row++) {
            bandRow.set(BAND).a = BAND.a * (BAND_FADE + 1 - row) / (BAND_FADE + 1);
            shade.setColor(bandRow);
            shade.rect(0f, band - row, PixelScreen.WIDTH, 1f);
        }
        int away = Letterbox.controlsAway(simulation, integrity);
        letterbox.draw(shade, away > 0, Gdx.graphics.getDeltaTime());
        blow.follow(simulation.controlled(), integrity, simulation.tick(), Gdx.graphics.getDeltaTime());
        blow.drawEdges(shade);
        if (integrity != null) {
            bar(HudLayout.rowTop(1), integrity.fraction(), integrity.shutdownTicks > 0 ? Color.DARK_GRAY
                    : blow.flashing() ? Color.WHITE : Palette.HUD_INTEGRITY);
        }
        if (john != null) {
            bar(HudLayout.rowTop(2), john.fraction(), Palette.HUD_JOHN);
        }
        shade.end();
        batch.begin();
        say(simulation.level().title, Color.WHITE).put(HudLayout.MARGIN, textTop(0));
        icon(art, Mappers.CHARACTER.get(simulation.controlled()).def.icon, HudLayout.MARGIN, HudLayout.rowTop(1) - 12);
        if (john != null) {
            icon(art, Mappers.CHARACTER.get(simulation.john()).def.icon, HudLayout.MARGIN, HudLayout.rowTop(2) - 12);
        }
        weapon(simulation, art);
        status(simulation, integrity);
        t1000(simulation, art, view);
        int dead = simulation.casualties().size;
        say(dead == 0 ? "NO CASUALTIES" : dead + (dead == 1 ? " CASUALTY" : " CASUALTIES"),
                dead == 0 ? Color.GOLD : Color.SALMON).putRight(textTop(2));
        line.setLength(0);
        long seconds = (earlier + simulation.tick()) / Simulation.TICKS_PER_SECOND;
        line.append(seconds / 60).append(':').append(seconds % 60 < 10 ? "0" : "").append(seconds % 60);
        if (!mode.isEmpty()) {
            line.append("   ").append(mode);
        }
        say(line, Color.WHITE).putRight(textTop(0));
        subtitles.draw(batch, font, layout);
        objective.draw(batch, font, layout);
        if (!prompt.isEmpty()) {
            say(prompt, Color.WHITE).put(Math.round((PixelScreen.WIDTH - layout.width) / 2f), PixelScreen.HEIGHT / 2f);
        }
        CharSequence watch = letterbox.label(away);
        if (watch.length() > 0) {
            say(watch, Color.LIGHT_GRAY).put(Math.round((PixelScreen.WIDTH - layout.width) / 2f), HudLayout.helpTop());
        } else if (seconds < HELP_SECONDS) {
            say(help, fade.set(0.85f, 0.85f, 0.85f, 1f - seconds / (float) HELP_SECONDS))
                    .put(Math.round((PixelScreen.WIDTH - layout.width) / 2f), HudLayout.helpTop());
        }
        batch.end();
    }

    /** Lays out one line of text in {@code colour}, to {@link #put} or {@link #putRight}. */
    private Hud say(CharSequence text, Color colour) {
        layout.setText(font, text, colour, 0f, Align.left, false);
        return this;
    }

    /** Draws the line last laid out with its top left at {@code x}, {@code y}. */
    private void put(float x, float y) {
        Lettering.draw(batch, font, layout, x, y);
    }

    /** Draws the line last laid out against the right margin. */
    private void putRight(float y) {
        put(RIGHT - layout.width, y);
    }

    /** Where a line of text in status row {@code row} has its top, centred on the row's 12-pixel icon. */
    private static int textTop(int row) {
        return HudLayout.rowTop(row) - 2;
    }

    /** Beside the bar, the status line, as much of it as fits left of the weapon's panel (its standing parts go first). */
    private void status(Simulation simulation, HealthComponent integrity) {
        status.compose(simulation, integrity, blow.named());
        float room = weaponLeft - STATUS_LEFT - 8;
        say(status.text(), status.colour());
        while (layout.width > room && status.dropFirst()) {
            say(status.text(), status.colour());
        }
        if (status.text().length() > 0) {
            put(STATUS_LEFT, textTop(1));
        }
    }

    /** The weapon in hand, its icon, and its rounds: loaded | carried, or reloading. */
    private void weapon(Simulation simulation, SpriteAtlas art) {
        WeaponComponent weapon = Mappers.WEAPON.get(simulation.controlled());
        weaponLeft = RIGHT;
        if (weapon == null || weapon.slots.size == 0) {
            return;
        }
        WeaponSlot held = weapon.held();
        line.setLength(0);
        line.append(held.def.name.toUpperCase(Locale.ROOT)).append("  ");
        if (weapon.reloading > 0 && !held.def.shellByShell) {
            line.append("RELOADING");
        } else {
            // Shell by shell, the shells already in show as they go in: a press fires them.
            line.append(held.loaded).append(" | ").append(held.reserve).append(weapon.reloading > 0 ? "  LOADING" : "");
        }
        say(line, Color.WHITE).putRight(textTop(1));
        weaponLeft = RIGHT - layout.width - 6 - 24;
        icon(art, "icon-" + held.def.name, weaponLeft, HudLayout.rowTop(1) - 11);
    }

    /** The T-1000's state, while it is in view and not posing: what its body is now, and whose look it wears. */
    private void t1000(Simulation simulation, SpriteAtlas art, OrthographicCamera view) {
        Entity t1000 = simulation.t1000();
        // Posing as someone, it is not the T-1000 on the HUD either: which Sarah is which is the player's to see.
        if (t1000 == null || view == null || Mappers.POSE.has(t1000)) {
            return;
        }
        TransformComponent at = Mappers.TRANSFORM.get(t1000);
        LiquidComponent liquid = Mappers.LIQUID.get(t1000);
        float halfW = view.viewportWidth * view.zoom / 2f;
        float halfH = view.viewportHeight * view.zoom / 2f;
        boolean inView = Math.abs(at.x - view.position.x) < halfW && Math.abs(at.y - view.position.y) < halfH;
        if (!inView && liquid.material != Material.SHATTERED && liquid.material != Material.REFORMING) {
            return;
        }
        icon(art, "icon-t1000", HudLayout.MARGIN, HudLayout.rowTop(3) - 12);
        line.setLength(0);
        line.append("T-1000  ").append(liquid.material.name());
        AppearanceComponent looks = Mappers.APPEARANCE.get(t1000);
        if (looks != null && liquid.material == Material.LIQUID) {
            line.append("  (").append(looks.look).append(')');
        }
        say(line, liquid.material == Material.FROZEN || liquid.material == Material.CHILLED ? Palette.FROST
                : liquid.material == Material.MELTING ? Palette.MOLTEN : Color.LIGHT_GRAY).put(BAR_LEFT, textTop(3));
    }

    /** A status bar in row {@code rowTop}'s middle, beside its icon, on a dark frame one pixel wider. */
    private void bar(int rowTop, float fraction, Color colour) {
        int y = rowTop - 9;
        shade.setColor(0f, 0f, 0f, 0.6f);
        shade.rect(BAR_LEFT - 1, y - 1, BAR_WIDTH + 2, 8);
        shade.setColor(colour);
        shade.rect(BAR_LEFT, y, Math.round(BAR_WIDTH * fraction), 6);
    }

    private void icon(SpriteAtlas art, String name, float x, float y) {
        SpriteAtlas.SpriteArt sprite = art == null || name.isEmpty() ? null : art.sprite(name);
        TextureRegion[] frames = sprite == null ? null : sprite.frames("idle", sprite.def.palette);
        if (frames != null) {
            batch.draw(frames[0], x, y);
        }
    }

    /**
     * Lists what is wrong with the level file, over the game (or alone when it never loaded); {@code width} and
     * {@code height} are the window's back buffer in pixels.
     */
    public void renderProblems(Array<String> problems, String file, int width, int height, boolean running) {
        PixelScreen.project(projection, width, height);
        shade.setProjectionMatrix(projection);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shade.begin(ShapeRenderer.ShapeType.Filled);
        shade.setColor(0.15f, 0f, 0f, running ? 0.8f : 1f);
        shade.rect(0, 0, PixelScreen.WIDTH, PixelScreen.HEIGHT);
        shade.end();
        batch.setProjectionMatrix(projection);
        batch.begin();
        int left = 2 * HudLayout.MARGIN;
        int wide = PixelScreen.WIDTH - 2 * left;
        font.setColor(Color.SALMON);
        String title = running ? "The saved level has problems; the last good version is held until you save a fixed map:"
                : "This level can't start until these are fixed (save the file to try again, F5 to retry):";
        layout.setText(font, title, Color.SALMON, wide, Align.left, true);
        font.draw(batch, layout, left, PixelScreen.HEIGHT - left);
        float y = PixelScreen.HEIGHT - left - layout.height - 2 * HudLayout.LINE;
        float bottom = HudLayout.MARGIN + 2 * HudLayout.LINE;
        int shown = 0;
        for (; shown < problems.size; shown++) {
            layout.setText(font, problems.get(shown), Color.WHITE, wide, Align.left, true);
            if (y - layout.height < bottom) {
                break;
            }
            font.draw(batch, layout, left, y);
            y -= layout.height + HudLayout.LINE;
        }
        if (shown < problems.size) {
            font.setColor(Color.SALMON);
            font.draw(batch, "... and " + (problems.size - shown) + " more", left, bottom);
        }
        font.setColor(Color.LIGHT_GRAY);
        String watching = "watching " + file;
        layout.setText(font, watching, 0, watching.length(), Color.LIGHT_GRAY, wide, Align.left, false, "...");
        font.draw(batch, layout, left, HudLayout.helpTop());
        batch.end();
    }

    @Override
    public void dispose() {
        batch.dispose();
        shade.dispose();
    }
}
