package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Matrix4;
import com.badlogic.gdx.utils.Align;
import com.badlogic.gdx.utils.Disposable;
import com.judgmentday.menu.Menu;
import com.judgmentday.menu.MenuItem;
import com.judgmentday.menu.MenuLayout;

import java.util.Locale;

/**
 * Draws a menu page in window pixels, where {@link MenuLayout} puts it: over a backdrop when it has the
 * screen to itself, or dimming the level behind when it is over one (pause, game over, level complete).
 */
final class MenuRenderer implements Disposable {
    private static final Color FOCUS = new Color(0.62f, 0.08f, 0.06f, 0.85f);
    private static final Color VALUE = new Color(1f, 0.86f, 0.55f, 1f);
    private static final Color DIM_TEXT = new Color(0.55f, 0.55f, 0.58f, 1f);
    private static final String HELP = "Arrows/WASD or d-pad: move    Enter/Space or A: choose    Esc or B: back    Mouse: point and click";

    private final SpriteBatch batch = new SpriteBatch();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final BitmapFont font = new BitmapFont();
    private final BitmapFont big = new BitmapFont();
    private final GlyphLayout glyphs = new GlyphLayout();
    private final Matrix4 projection = new Matrix4();
    private final MenuLayout layout;

    MenuRenderer(MenuLayout layout) {
        this.layout = layout;
        font.getData().setScale(1.4f);
        big.getData().setScale(3.2f);
        font.getRegion().getTexture().setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        // Nearest for the big letters: linear filtering at this scale bleeds neighbouring glyphs into view.
        big.getRegion().getTexture().setFilter(Texture.TextureFilter.Nearest, Texture.TextureFilter.Nearest);
    }

    /** The title screen: the game's name and the prompt, blinking with {@code seconds}. */
    void renderTitle(Menu menu, int width, int height, float seconds) {
        begin(width, height);
        Backdrop.draw(shapes, width, height);
        batch.begin();
        big.getData().setScale(5f);
        big.setColor(0.95f, 0.2f, 0.12f, 1f);
        centred(big, menu.title, width, height * 0.62f);
        big.getData().setScale(3.2f);
        font.setColor(Color.LIGHT_GRAY);
        centred(font, "The set pieces of Terminator 2, side-on", width, height * 0.62f - 90f);
        float blink = 0.7f + 0.3f * (float) Math.cos(seconds * 4f);
        font.setColor(1f, 1f, 1f, blink);
        centred(font, menu.lines().first().toUpperCase(Locale.ROOT), width, height * 0.2f);
        batch.end();
    }

    /** Any other page; {@code overLevel}: dim the level drawn behind instead of the backdrop. */
    void render(Menu menu, int width, int height, boolean overLevel) {
        layout.place(menu, width, height);
        begin(width, height);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        if (!overLevel) {
            Backdrop.draw(shapes, width, height);
        }
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        if (overLevel) {
            // The level stays visible around a panel that hides the HUD text behind the menu.
            shapes.setColor(0f, 0f, 0f, 0.65f);
            shapes.rect(0, 0, width, height);
            shapes.setColor(0.03f, 0.04f, 0.06f, 1f);
            shapes.rect(layout.left() - 32f, 0f, layout.right() - layout.left() + 64f, height);
        } else {
            shapes.setColor(0.03f, 0.04f, 0.06f, 0.7f);
            shapes.rect(layout.left() - 32f, 40f, layout.right() - layout.left() + 64f, height - 60f);
        }
        int focus = menu.focusIndex();
        if (focus >= layout.first() && focus < layout.end()) {
            shapes.setColor(FOCUS);
            shapes.rect(layout.left(), layout.rowBottom(focus) + 2f, layout.right() - layout.left(), MenuLayout.ROW - 4f);
        }
        shapes.end();
        batch.begin();
        big.setColor(Color.WHITE);
        centred(big, menu.title, width, layout.titleY());
        font.setColor(Color.LIGHT_GRAY);
        float y = layout.linesTop();
        for (String line : menu.lines()) {
            font.draw(batch, line, layout.left(), y, layout.right() - layout.left(), Align.center, false);
            y -= MenuLayout.LINE;
        }
        for (int i = layout.first(); i < layout.end(); i++) {
            drawItem(menu.items().get(i), layout.rowBottom(i) + MenuLayout.ROW / 2f + 9f, i == focus);
        }
        font.setColor(DIM_TEXT);
        if (layout.moreAbove()) {
            font.draw(batch, "more above", layout.left(), layout.rowBottom(layout.first()) + MenuLayout.ROW + 20f,
                    layout.right() - layout.left(), Align.right, false);
        }
        if (layout.moreBelow()) {
            font.draw(batch, "more below", layout.left(), layout.rowBottom(layout.end() - 1) - 6f,
                    layout.right() - layout.left(), Align.right, false);
        }
        MenuItem focused = menu.focused();
        if (focused != null && !focused.hint().isEmpty()) {
            font.setColor(Color.LIGHT_GRAY);
            centred(font, focused.hint(), width, 96f);
        }
        if (!menu.message().isEmpty()) {
            font.setColor(Color.GOLD);
            centred(font, menu.message(), width, 70f);
        }
        font.setColor(DIM_TEXT);
        font.getData().setScale(1.1f);
        centred(font, menu.help().isEmpty() ? HELP : menu.help(), width, 26f);
        font.getData().setScale(1.4f);
        batch.end();
    }

    private void drawItem(MenuItem item, float baseline, boolean focused) {
        boolean enabled = item.enabled();
        font.setColor(!enabled ? DIM_TEXT : focused ? Color.WHITE : Color.LIGHT_GRAY);
        font.draw(batch, item.label, layout.left() + 16f, baseline);
        String value = item.value();
        if (value != null) {
            font.setColor(!enabled ? DIM_TEXT : focused ? VALUE : Color.LIGHT_GRAY);
            font.draw(batch, value, layout.valueLeft(), baseline, layout.right() - 16f - layout.valueLeft(), Align.right,
                    false);
        }
    }

    private void begin(int width, int height) {
        Gdx.gl.glViewport(0, 0, Gdx.graphics.getBackBufferWidth(), Gdx.graphics.getBackBufferHeight());
        projection.setToOrtho2D(0, 0, width, height);
        shapes.setProjectionMatrix(projection);
        batch.setProjectionMatrix(projection);
    }

    private void centred(BitmapFont with, String text, float width, float baseline) {
        glyphs.setText(with, text);
        with.draw(batch, text, (width - glyphs.width) / 2f, baseline);
    }

    @Override
    public void dispose() {
        batch.dispose();
        shapes.dispose();
        font.dispose();
        big.dispose();
    }
}
