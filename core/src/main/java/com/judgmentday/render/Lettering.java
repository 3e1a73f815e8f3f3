package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFontCache;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;

/** Text over the art: a hard shadow one pixel below and right of the letters keeps them readable on any colour. */
public final class Lettering {
    private static final Color SHADOW = new Color(0f, 0f, 0f, 0.85f);

    private Lettering() {
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
