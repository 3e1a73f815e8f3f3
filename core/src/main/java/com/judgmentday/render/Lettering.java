package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFontCache;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.utils.Align;

/** Text over the art: a hard shadow one pixel below and right of the letters keeps them readable on any colour. */
public final class Lettering {
    private static final Color SHADOW = new Color(0f, 0f, 0f, 0.85f);

    private Lettering() {
    }

    /**
     * Lays out {@code text} centred in {@code width}, wrapped to at most {@code lines} lines; text that would take
     * more is set on one line, cut short with "...".
     */
    public static void wrapCentred(GlyphLayout layout, BitmapFont font, String text, Color colour, float width,
                                   int lines) {
        layout.setText(font, text, colour, width, Align.center, true);
        if (layout.runs.size > lines) {
            layout.setText(font, text, 0, text.length(), colour, width, Align.center, false, "...");
        }
    }

    /** Draws {@code layout} (already set, in its colours) with its top left at {@code x}, {@code y}, over its shadow. */
    public static void draw(Batch batch, BitmapFont font, GlyphLayout layout, float x, float y) {
        BitmapFontCache cache = font.getCache();
        cache.clear();
        cache.addText(layout, x + 1, y - 1);
        // Black, and as transparent as the text is (a fading line fades its shadow).
        cache.tint(SHADOW);
        cache.draw(batch);
        font.draw(batch, layout, x, y);
    }
}
