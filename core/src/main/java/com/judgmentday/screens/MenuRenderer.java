package com.judgmentday.screens;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
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
import com.judgmentday.render.Fonts;
import com.judgmentday.render.PixelScreen;

import java.util.Locale;

/**
 * Draws a menu page in the game's virtual pixels, where {@link MenuLayout} puts it, scaled to the window by
 * the same whole number as the art: over a backdrop when it has the screen to itself, or dimming the level
 * behind when it is over one (pause, game over, level complete).
 */
final class MenuRenderer implements Disposable {
    private static final Color FOCUS = new Color(0.62f, 0.08f, 0.06f, 0.85f);
    private static final Color VALUE = new Color(1f, 0.86f, 0.55f, 1f);
    private static final Color DIM_TEXT = new Color(0.55f, 0.55f, 0.58f, 1f);
    private static final Color TITLE = new Color(0.95f, 0.2f, 0.12f, 1f);
    private static final Color TITLE_SHADOW = new Color(0.3f, 0.03f, 0.02f, 1f);
    private static final String HELP = "Arrows/WASD or d-pad: move   Enter/Space or A: choose   Esc or B: back   Mouse: point and click";
    private static final float W = PixelScreen.WIDTH;
    private static final float H = PixelScreen.HEIGHT;

    private final SpriteBatch batch = new SpriteBatch();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final BitmapFont font;
    private final BitmapFont big;
    private final BitmapFont title;
    private final GlyphLayout glyphs = new GlyphLayout();
    /** Space kept between a row's label and its value, pixels. */
    private static final float LABEL_GAP = 10f;
    private final Matrix4 projection = new Matrix4();
    private final MenuLayout layout;

    /** {@code fonts}: the game's, which outlive the renderer. */
    MenuRenderer(MenuLayout layout, Fonts fonts) {
        this.layout = layout;
        this.font = fonts.text;
        this.big = fonts.heading;
        this.title = fonts.title;
    }

    /** The title screen: the game's name and the prompt, blinking with {@code seconds}; the window's back buffer size. */
    void renderTitle(Menu menu, int width, int height, float seconds) {
        begin(width, height);
        Backdrop.draw(shapes, W, H);
        batch.begin();
        float top = Math.round(H * 0.62f);
        // A hard shadow two pixels down and right, like a sign's lettering against the glow.
        title.setColor(TITLE_SHADOW);
        centred(title, menu.title, top, 2f, -2f);
        title.setColor(TITLE);
        centred(title, menu.title, top, 0f, 0f);
        font.setColor(Color.LIGHT_GRAY);
        centred(font, "The set pieces of Terminator 2, side-on", top - title.getCapHeight() - 16f, 0f, 0f);
        float blink = 0.7f + 0.3f * (float) Math.cos(seconds * 4f);
        font.setColor(1f, 1f, 1f, blink);
        centred(font, menu.lines().first().toUpperCase(Locale.ROOT), Math.round(H * 0.2f), 0f, 0f);
        batch.end();
    }

    /**
     * Any other page; {@code overLevel}: dim the level drawn behind instead of the backdrop; {@code width} and
     * {@code height}: the window's back buffer.
     */
    void render(Menu menu, int width, int height, boolean overLevel) {
        layout.place(menu, W, H);
        begin(width, height);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        if (!overLevel) {
            Backdrop.draw(shapes, W, H);
        }
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        if (overLevel) {
            // The level stays visible around a panel that hides the HUD text behind the menu.
            shapes.setColor(0f, 0f, 0f, 0.65f);
            shapes.rect(-W, -H, 3 * W, 3 * H);
            shapes.setColor(0.03f, 0.04f, 0.06f, 1f);
            shapes.rect(layout.left() - 16f, 0f, layout.right() - layout.left() + 32f, H);
        } else {
            shapes.setColor(0.03f, 0.04f, 0.06f, 0.7f);
            shapes.rect(layout.left() - 16f, 20f, layout.right() - layout.left() + 32f, H - 30f);
        }
        int focus = menu.focusIndex();
        if (focus >= layout.first() && focus < layout.end()) {
            shapes.setColor(FOCUS);
            shapes.rect(layout.left(), layout.rowBottom(focus) + 1f, layout.right() - layout.left(), MenuLayout.ROW - 2f);
        }
        shapes.end();
        batch.begin();
        big.setColor(Color.WHITE);
        centred(big, menu.title, layout.titleY(), 0f, 0f);
        font.setColor(Color.LIGHT_GRAY);
        float y = layout.linesTop();
        for (String line : menu.lines()) {
            font.draw(batch, line, layout.left(), y, layout.right() - layout.left(), Align.center, false);
            y -= MenuLayout.LINE;
        }
        for (int i = layout.first(); i < layout.end(); i++) {
            // The pixel face's capitals are 8 pixels tall: centred in the row.
            drawItem(menu.items().get(i), layout.rowBottom(i) + MenuLayout.ROW / 2f + 4f, i == focus);
        }
        font.setColor(DIM_TEXT);
        if (layout.moreAbove()) {
            font.draw(batch, "more above", layout.left(), layout.rowBottom(layout.first()) + MenuLayout.ROW + 10f,
                    layout.right() - layout.left(), Align.right, false);
        }
        if (layout.moreBelow()) {
            font.draw(batch, "more below", layout.left(), layout.rowBottom(layout.end() - 1) - 3f,
                    layout.right() - layout.left(), Align.right, false);
        }
        MenuItem focused = menu.focused();
        if (focused != null && !focused.hint().isEmpty()) {
            font.setColor(Color.LIGHT_GRAY);
            centred(font, focused.hint(), 48f, 0f, 0f);
        }
        if (!menu.message().isEmpty()) {
            font.setColor(Color.GOLD);
            centred(font, menu.message(), 35f, 0f, 0f);
        }
        font.setColor(DIM_TEXT);
        centred(font, menu.help().isEmpty() ? HELP : menu.help(), 13f, 0f, 0f);
        batch.end();
    }

    private void drawItem(MenuItem item, float top, boolean focused) {
        boolean enabled = item.enabled();
        font.setColor(!enabled ? DIM_TEXT : focused ? Color.WHITE : Color.LIGHT_GRAY);
        String value = item.value();
        // The value keeps its room; a label that would run into it is cut short ("..."), never overprinted.
        float valueWidth = 0f;
        if (value != null) {
            glyphs.setText(font, value);
            valueWidth = glyphs.width;
        }
        float labelRoom = Math.max(1f, layout.right() - 8f - valueWidth - LABEL_GAP - (layout.left() + 8f));
        font.draw(batch, item.label, layout.left() + 8f, top, 0, item.label.length(),
                value == null ? layout.right() - layout.left() - 16f : labelRoom, Align.left, false, "...");
        if (value != null) {
            font.setColor(!enabled ? DIM_TEXT : focused ? VALUE : Color.LIGHT_GRAY);
            font.draw(batch, value, layout.right() - 8f - valueWidth, top);
        }
    }

    private void begin(int width, int height) {
        Gdx.gl.glViewport(0, 0, width, height);
        PixelScreen.project(projection, width, height);
        shapes.setProjectionMatrix(projection);
        batch.setProjectionMatrix(projection);
    }

    /** Draws a line centred across the virtual screen with its top at {@code top}, moved by whole pixels. */
    private void centred(BitmapFont with, String text, float top, float dx, float dy) {
        glyphs.setText(with, text);
        with.draw(batch, glyphs, Math.round((W - glyphs.width) / 2f) + dx, top + dy);
    }

    @Override
    public void dispose() {
        batch.dispose();
        shapes.dispose();
    }
}
