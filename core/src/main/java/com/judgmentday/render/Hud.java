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

/** The heads-up display in window pixels, over the scaled-up world: status, weapon, threats and subtitles. */
public final class Hud implements Disposable {
    private final SpriteBatch batch = new SpriteBatch();
    private final ShapeRenderer shade = new ShapeRenderer();
    private final BitmapFont font = new BitmapFont();
    private final BitmapFont big = new BitmapFont();
    private final GlyphLayout layout = new GlyphLayout();
    private final Matrix4 projection = new Matrix4();
    private final StringBuilder line = new StringBuilder();
    private final Subtitles subtitles = new Subtitles();
    /** The controls line shows for the first seconds of a level. */
    private static final int HELP_SECONDS = 8;

    public Hud() {
        big.getData().setScale(3f);
        font.getData().setScale(1.4f);
    }

    /**
     * Draws the HUD over the level: integrity, the weapon and its rounds, John, the T-1000's state while it
     * is in view, the casualty count (none is an achievement), the clock and mode tag, and subtitles.
     * {@code art} may be null (text only); {@code view} is the camera, to tell whether the T-1000 is seen;
     * {@code help} is the controls line shown for the first seconds (from the player's own bindings).
     */
    public void render(Simulation simulation, SpriteAtlas art, OrthographicCamera view, int width, int height,
                       String mode, String help) {
        subtitles.follow(simulation);
        projection.setToOrtho2D(0, 0, width, height);
        float scale = Math.max(1, Math.min(width / PixelScreen.WIDTH, height / PixelScreen.HEIGHT));
        float top = height - 16f;
        shade.setProjectionMatrix(projection);
        batch.setProjectionMatrix(projection);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        HealthComponent integrity = Mappers.HEALTH.get(simulation.player());
        HealthComponent john = simulation.john() == null ? null : Mappers.HEALTH.get(simulation.john());
        shade.begin(ShapeRenderer.ShapeType.Filled);
        bar(16f + 20f * scale, top - 34f, 120f, 10f, integrity.fraction(), integrity.shutdownTicks > 0 ? Color.DARK_GRAY
                : Palette.HUD_INTEGRITY);
        if (john != null) {
            bar(16f + 20f * scale, top - 58f, 120f, 10f, john.fraction(), Palette.HUD_JOHN);
        }
        shade.end();
        batch.begin();
        font.setColor(Color.WHITE);
        font.draw(batch, simulation.level().title, 16, top);
        icon(art, "icon-integrity", 16f, top - 40f, scale);
        font.draw(batch, integrity.shutdownTicks > 0 ? "SHUTDOWN: REROUTING POWER" : "", 170f + 20f * scale, top - 24f);
        if (john != null) {
            icon(art, "icon-john", 16f, top - 64f, scale);
        }
        weapon(simulation, art, width, top, scale);
        t1000(simulation, art, view, top - 88f, scale);
        int dead = simulation.casualties().size;
        font.setColor(dead == 0 ? Color.GOLD : Color.SALMON);
        layout.setText(font, dead == 0 ? "NO CASUALTIES" : dead + (dead == 1 ? " CASUALTY" : " CASUALTIES"));
        font.draw(batch, layout, width - 16 - layout.width, top - 52f);
        font.setColor(Color.WHITE);
        line.setLength(0);
        long seconds = simulation.tick() / Simulation.TICKS_PER_SECOND;
        line.append(seconds / 60).append(':').append(seconds % 60 < 10 ? "0" : "").append(seconds % 60);
        if (!mode.isEmpty()) {
            line.append("   ").append(mode);
        }
        font.draw(batch, line, 0, top, width - 16, Align.right, false);
        subtitles.draw(batch, font, layout, width);
        if (seconds < HELP_SECONDS) {
            font.setColor(0.85f, 0.85f, 0.85f, 1f - seconds / (float) HELP_SECONDS);
            font.draw(batch, help, 0, 28, width, Align.center, false);
        }
        batch.end();
    }

    /** The weapon in hand, its icon, and its rounds: loaded | carried, or reloading. */
    private void weapon(Simulation simulation, SpriteAtlas art, int width, float top, float scale) {
        WeaponComponent weapon = Mappers.WEAPON.get(simulation.player());
        if (weapon == null || weapon.slots.size == 0) {
            return;
        }
        WeaponSlot held = weapon.held();
        line.setLength(0);
        line.append(held.def.name.toUpperCase(Locale.ROOT)).append("  ");
        if (weapon.reloading > 0) {
            line.append("RELOADING");
        } else {
            line.append(held.loaded).append(" | ").append(held.reserve);
        }
        layout.setText(font, line);
        font.draw(batch, layout, width - 16 - layout.width, top - 28f);
        icon(art, "icon-" + held.def.name, width - 24 - layout.width - 24f * scale, top - 40f, scale);
    }

    /** The T-1000's state, while it is in view: what its body is now, and whose look it wears. */
    private void t1000(Simulation simulation, SpriteAtlas art, OrthographicCamera view, float y, float scale) {
        Entity t1000 = simulation.t1000();
        if (t1000 == null || view == null) {
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
        icon(art, "icon-t1000", 16f, y - 6f, scale);
        line.setLength(0);
        line.append("T-1000  ").append(liquid.material.name());
        AppearanceComponent looks = Mappers.APPEARANCE.get(t1000);
        if (looks != null && liquid.material == Material.LIQUID) {
            line.append("  (").append(looks.look).append(')');
        }
        font.setColor(liquid.material == Material.FROZEN || liquid.material == Material.CHILLED ? Palette.FROST
                : liquid.material == Material.MELTING ? Palette.MOLTEN : Color.LIGHT_GRAY);
        font.draw(batch, line, 16f + 20f * scale, y + 10f);
        font.setColor(Color.WHITE);
    }

    private void bar(float x, float y, float w, float h, float fraction, Color colour) {
        shade.setColor(0f, 0f, 0f, 0.6f);
        shade.rect(x - 2f, y - 2f, w + 4f, h + 4f);
        shade.setColor(colour);
        shade.rect(x, y, w * fraction, h);
    }

    private void icon(SpriteAtlas art, String name, float x, float y, float scale) {
        SpriteAtlas.SpriteArt sprite = art == null ? null : art.sprite(name);
        TextureRegion[] frames = sprite == null ? null : sprite.frames("idle", sprite.def.palette);
        if (frames != null) {
            batch.draw(frames[0], x, y, frames[0].getRegionWidth() * scale, frames[0].getRegionHeight() * scale);
        }
    }

    /** Lists what is wrong with the level file, over the game (or alone when it never loaded). */
    public void renderProblems(Array<String> problems, String file, int width, int height, boolean running) {
        projection.setToOrtho2D(0, 0, width, height);
        shade.setProjectionMatrix(projection);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        shade.begin(ShapeRenderer.ShapeType.Filled);
        shade.setColor(0.15f, 0f, 0f, running ? 0.8f : 1f);
        shade.rect(0, 0, width, height);
        shade.end();
        batch.setProjectionMatrix(projection);
        batch.begin();
        font.setColor(Color.SALMON);
        String title = running ? "The saved level has problems; the last good version keeps running:"
                : "This level can't start until these are fixed (save the file to try again, F5 to retry):";
        font.draw(batch, title, 24, height - 24);
        font.setColor(Color.WHITE);
        float y = height - 64;
        for (int i = 0; i < problems.size && y > 40; i++) {
            layout.setText(font, problems.get(i), Color.WHITE, width - 48, Align.left, true);
            font.draw(batch, layout, 24, y);
            y -= layout.height + 10;
        }
        font.setColor(Color.LIGHT_GRAY);
        font.draw(batch, "watching " + file, 24, 28);
        batch.end();
    }

    @Override
    public void dispose() {
        batch.dispose();
        shade.dispose();
        font.dispose();
        big.dispose();
    }
}
