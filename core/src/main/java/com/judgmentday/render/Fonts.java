package com.judgmentday.render;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture.TextureFilter;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeBitmapFontData;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.Hinting;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.GdxRuntimeException;
import com.judgmentday.content.ClasspathFile;

/**
 * The game's typefaces, made once per run from {@code assets/fonts} with FreeType at the virtual screen's own
 * pixel sizes (one-bit glyphs, nearest filtering, whole-pixel positions) so letters sit on the same pixel grid
 * as the art; all glyphs share one texture. Whoever makes it disposes it.
 */
public final class Fonts implements Disposable {
    /** The condensed display face (Bebas Neue Bold, SIL OFL 1.1), for the game's name and page titles. */
    public static final String DISPLAY_FILE = "fonts/BebasNeue-Bold.otf";
    /** The pixel face (Spleen 6x12, BSD 2-clause), for the HUD, subtitles, menus and debug views. */
    public static final String PIXEL_FILE = "fonts/spleen-6x12.otf";
    /** The title face draws the game's name alone ("JUDGMENT DAY"): its big glyphs are the costliest to make. */
    public static final String TITLE_CHARS = "ADEGJMNTUY ";
    /** Page titles are written in capitals. */
    public static final String HEADING_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789-:'!?.,&/";
    /** The pixel face draws printable ASCII and Latin-1, what level titles, key names and designers' lines use. */
    public static final String TEXT_CHARS = printable(' ', '~') + printable('\u00a1', '\u00ff');
    public static final int TITLE_SIZE = 56;
    public static final int HEADING_SIZE = 32;
    /** Spleen 6x12 is drawn on a 12-pixel em: one font pixel is one virtual pixel. */
    public static final int TEXT_SIZE = 12;
    /** One texture holds every glyph of the three fonts (a test checks they fit), so text never switches texture. */
    static final int PAGE_WIDTH = 512;
    static final int PAGE_HEIGHT = 256;

    /** The game's name on the title screen. */
    public final BitmapFont title;
    /** Page titles. */
    public final BitmapFont heading;
    /** Everything else: a 6 x 12 pixel cell, lines {@link HudLayout#LINE} pixels apart. */
    public final BitmapFont text;
    private final PixmapPacker packer = packer();
    private final long millis;

    /** Makes the fonts from the shipped files (a GL context is needed: the glyphs end up in a texture). */
    public Fonts() {
        long start = System.nanoTime();
        try {
            FreeTypeBitmapFontData titleData;
            FreeTypeBitmapFontData headingData;
            FreeTypeBitmapFontData textData;
            FreeTypeFontGenerator display = open(DISPLAY_FILE);
            try {
                titleData = generate(display, TITLE_SIZE, TITLE_CHARS, Hinting.AutoFull, packer);
                headingData = generate(display, HEADING_SIZE, HEADING_CHARS, Hinting.AutoFull, packer);
            } finally {
                display.dispose();
            }
            FreeTypeFontGenerator pixel = open(PIXEL_FILE);
            try {
                // The pixel face's outlines already lie on its grid: hinting would only move them.
                textData = generate(pixel, TEXT_SIZE, TEXT_CHARS, Hinting.None, packer);
            } finally {
                pixel.dispose();
            }
            Array<TextureRegion> pages = new Array<>();
            packer.updateTextureRegions(pages, TextureFilter.Nearest, TextureFilter.Nearest, false);
            title = new BitmapFont(titleData, pages, true);
            heading = new BitmapFont(headingData, pages, true);
            text = new BitmapFont(textData, pages, true);
        } catch (RuntimeException e) {
            packer.dispose();
            throw e;
        }
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    /** Opens a shipped font file with FreeType (its native library loads on first use). */
    static FreeTypeFontGenerator open(String path) {
        FileHandle file = new ClasspathFile(path);
        if (!file.exists()) {
            throw new GdxRuntimeException("The font " + file.path() + " is missing from the game's assets: "
                    + "rebuild the jar (assets/fonts is packed into it)");
        }
        return new FreeTypeFontGenerator(file);
    }

    /** Makes one size of a face into {@code packer}'s pages: glyph pixmaps and metrics, no texture yet (so no GL). */
    static FreeTypeBitmapFontData generate(FreeTypeFontGenerator face, int size, String characters, Hinting hinting,
                                           PixmapPacker packer) {
        FreeTypeFontParameter parameter = new FreeTypeFontParameter();
        parameter.size = size;
        parameter.characters = characters;
        parameter.hinting = hinting;
        // One-bit glyphs: every pixel of a letter is on or off, like the art's.
        parameter.mono = true;
        parameter.minFilter = TextureFilter.Nearest;
        parameter.magFilter = TextureFilter.Nearest;
        parameter.packer = packer;
        return face.generateData(parameter);
    }

    /** Where the glyphs are packed: one pixel between glyphs, so nearest filtering never picks a neighbour's. */
    static PixmapPacker packer() {
        return new PixmapPacker(PAGE_WIDTH, PAGE_HEIGHT, Pixmap.Format.RGBA8888, 1, false);
    }

    private static String printable(char from, char to) {
        StringBuilder chars = new StringBuilder();
        for (char c = from; c <= to; c++) {
            chars.append(c);
        }
        return chars.toString();
    }

    /** How long making the fonts took, for the start-up log. */
    public long millis() {
        return millis;
    }

    @Override
    public void dispose() {
        // The fonts draw from the packer's texture: it goes with them.
        packer.dispose();
    }
}
