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
import com.judgmentday.components.Mappers;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;

/** The heads-up text in screen pixels: level, weapon and shells, time, and banners (paused, won, replay). */
public final class Hud implements Disposable {
    private final SpriteBatch batch = new SpriteBatch();
    private final ShapeRenderer shade = new ShapeRenderer();
    private final BitmapFont font = new BitmapFont();
    private final BitmapFont big = new BitmapFont();
    private final GlyphLayout layout = new GlyphLayout();
    private final Matrix4 projection = new Matrix4();
    private final StringBuilder line = new StringBuilder();

    public Hud() {
        big.getData().setScale(3f);
        font.getData().setScale(1.4f);
    }

    /** Draws the HUD; {@code mode} is a corner tag such as "REPLAY" or "REC", or empty. */
    public void render(Simulation simulation, int width, int height, boolean paused, String mode) {
        projection.setToOrtho2D(0, 0, width, height);
        String banner = paused ? "PAUSED" : simulation.outcome() == Outcome.WIN ? "LEVEL COMPLETE" : null;
        if (banner != null) {
            shade.setProjectionMatrix(projection);
            Gdx.gl.glEnable(GL20.GL_BLEND);
            shade.begin(ShapeRenderer.ShapeType.Filled);
            shade.setColor(0f, 0f, 0f, 0.55f);
            shade.rect(0, height * 0.38f, width, height * 0.24f);
            shade.end();
        }
        batch.setProjectionMatrix(projection);
        batch.begin();
        font.setColor(Color.WHITE);
        font.draw(batch, simulation.level().title, 16, height - 16);
        WeaponComponent weapon = Mappers.WEAPON.get(simulation.player());
        line.setLength(0);
        HealthComponent integrity = Mappers.HEALTH.get(simulation.player());
        if (integrity != null) {
            line.append(integrity.shutdownTicks > 0 ? "SHUTDOWN - REROUTING POWER" : "INTEGRITY ")
                    .append(integrity.shutdownTicks > 0 ? "" : Math.round(integrity.fraction() * 100f) + "%").append("   ");
        }
        if (weapon != null && weapon.slots.size > 0) {
            WeaponSlot held = weapon.held();
            line.append(held.def.name.toUpperCase()).append("  ");
            if (weapon.reloading > 0) {
                line.append("RELOADING");
            } else {
                line.append(held.loaded).append(" | ").append(held.reserve);
            }
        }
        if (simulation.john() != null) {
            HealthComponent john = Mappers.HEALTH.get(simulation.john());
            line.append("   JOHN ").append(Math.round(john.fraction() * 100f)).append('%');
        }
        int dead = simulation.casualties().size;
        line.append(dead == 0 ? "   NO CASUALTIES" : "   CASUALTIES " + dead);
        font.draw(batch, line, 16, height - 44);
        line.setLength(0);
        long seconds = simulation.tick() / Simulation.TICKS_PER_SECOND;
        line.append(seconds / 60).append(':').append(seconds % 60 < 10 ? "0" : "").append(seconds % 60);
        if (!mode.isEmpty()) {
            line.append("   ").append(mode);
        }
        font.draw(batch, line, 0, height - 16, width - 16, Align.right, false);
        font.setColor(0.85f, 0.85f, 0.85f, 1f);
        font.draw(batch, "Move A/D or arrows   Jump Space   Fire J/Ctrl   Reload R   Weapon Q/Tab   Pause Esc   Fullscreen F11"
                + "   Debug F1-F4   Reload F5", 16, 28);
        if (banner != null) {
            big.setColor(simulation.outcome() == Outcome.WIN && !paused ? Color.GOLD : Color.WHITE);
            layout.setText(big, banner);
            big.draw(batch, banner, (width - layout.width) / 2f, height * 0.5f + layout.height / 2f + 12);
            String hint = paused ? "Esc resume   Q quit" : "Esc quit";
            layout.setText(font, hint);
            font.draw(batch, hint, (width - layout.width) / 2f, height * 0.42f + 8);
        }
        batch.end();
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
