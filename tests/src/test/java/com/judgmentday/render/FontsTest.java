package com.judgmentday.render;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeBitmapFontData;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.Hinting;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.content.Lines;
import com.judgmentday.level.LevelSummary;
import com.judgmentday.menu.Credits;
import com.judgmentday.menu.Menu;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.menu.MenuItem;
import com.judgmentday.menu.Page;
import com.judgmentday.settings.Progress;
import com.judgmentday.settings.Settings;
import com.judgmentday.support.RecordingHost;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped typefaces draw everything the game writes with them (a character a font was not made with draws
 * as nothing), at the sizes the layout counts on, and all of it fits one texture. FreeType runs without GL.
 */
class FontsTest {
    @BeforeAll
    static void natives() {
        // Pixmaps (the glyphs' pages) need libGDX's own natives; FreeType loads its library itself.
        GdxNativesLoader.load();
    }

    @Test
    void eachFaceHasAGlyphForEveryCharacterItIsMadeWith() {
        assertThat(missing(Fonts.DISPLAY_FILE, Fonts.HEADING_CHARS)).as("display face lacks").isEmpty();
        assertThat(missing(Fonts.PIXEL_FILE, Fonts.TEXT_CHARS)).as("pixel face lacks").isEmpty();
    }

    @Test
    void theTitleFaceCanWriteTheGamesNameAndTheHeadingFaceEveryPageTitle() {
        assertThat(outside(pages().get(0).title, Fonts.TITLE_CHARS)).as("the title page's name").isEmpty();
        for (Menu page : pages()) {
            assertThat(outside(page.title, Fonts.HEADING_CHARS)).as("title of " + page.title).isEmpty();
        }
    }

    @Test
    void menusLevelTitlesCreditsAndSubtitlesAreWrittenInThePixelFacesCharacters() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Menu page : pages()) {
            page.lines().forEach(texts::add);
            for (MenuItem item : page.items()) {
                texts.add(item.label);
                texts.add(item.value() == null ? "" : item.value());
                texts.add(item.hint());
            }
        }
        for (LevelSummary level : LevelSummary.shipped()) {
            texts.add(level.title);
        }
        Credits.lines().forEach(texts::add);
        texts.addAll(lines());
        assertThat(texts).hasSizeGreaterThan(50);
        for (String text : texts) {
            assertThat(outside(text, Fonts.TEXT_CHARS)).as("'" + text + "'").isEmpty();
        }
    }

    @Test
    void thePixelFaceIsOnePixelPerVirtualPixelWithTheLinesTheLayoutCountsOn() {
        PixmapPacker packer = Fonts.packer();
        FreeTypeFontGenerator face = Fonts.open(Fonts.PIXEL_FILE);
        try {
            FreeTypeBitmapFontData text = Fonts.generate(face, Fonts.TEXT_SIZE, Fonts.TEXT_CHARS, Hinting.None, packer);
            assertThat(text.lineHeight).isEqualTo(HudLayout.LINE);
            // A 6 x 12 cell: every glyph advances 6 pixels, capitals stand 8 tall (the HUD centres them on 12-pixel icons).
            assertThat(text.getGlyph('M').xadvance).isEqualTo(6);
            assertThat(text.getGlyph('i').xadvance).isEqualTo(6);
            assertThat(text.capHeight).isEqualTo(8f);
        } finally {
            face.dispose();
            packer.dispose();
        }
    }

    @Test
    void theGlyphsOfAllThreeFontsFitOneTexturePage() {
        PixmapPacker packer = Fonts.packer();
        FreeTypeFontGenerator display = Fonts.open(Fonts.DISPLAY_FILE);
        FreeTypeFontGenerator pixel = Fonts.open(Fonts.PIXEL_FILE);
        try {
            Fonts.generate(display, Fonts.TITLE_SIZE, Fonts.TITLE_CHARS, Hinting.AutoFull, packer);
            Fonts.generate(display, Fonts.HEADING_SIZE, Fonts.HEADING_CHARS, Hinting.AutoFull, packer);
            Fonts.generate(pixel, Fonts.TEXT_SIZE, Fonts.TEXT_CHARS, Hinting.None, packer);
            assertThat(packer.getPages().size).isEqualTo(1);
        } finally {
            display.dispose();
            pixel.dispose();
            packer.dispose();
        }
    }

    @Test
    void aMissingFontFileIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> Fonts.open("fonts/no-such-font.otf"))
                .hasMessageContaining("fonts/no-such-font.otf").hasMessageContaining("rebuild");
    }

    /** Every page the menus can open at, and the pause page over a level. */
    private static List<Menu> pages() {
        List<Menu> pages = new ArrayList<>();
        for (Page page : List.of(Page.TITLE, Page.MAIN, Page.LEVELS, Page.SETTINGS, Page.KEYS, Page.PAD, Page.CREDITS)) {
            MenuFlow flow = new MenuFlow(new RecordingHost(), new Settings(), new Progress(), LevelSummary.shipped(),
                    Credits.lines());
            flow.start(page);
            pages.add(flow.menu());
        }
        MenuFlow flow = new MenuFlow(new RecordingHost(), new Settings(), new Progress(), LevelSummary.shipped(),
                Credits.lines());
        flow.playing(LevelSummary.shipped().first().id, null, false);
        flow.pause();
        pages.add(flow.menu());
        return pages;
    }

    /** Every subtitle the game can show: the words and speakers of the lines file. */
    private static List<String> lines() {
        Lines lines = Lines.load(new FileHandle(TestContent.assets().resolve(Lines.PATH).toFile()));
        List<String> texts = new ArrayList<>();
        for (String key : lines.keys()) {
            texts.add(lines.speaker(key));
            texts.add(lines.words(key));
        }
        assertThat(texts).as("the shipped lines").isNotEmpty();
        return texts;
    }

    private static String missing(String file, String characters) {
        FreeTypeFontGenerator face = Fonts.open(file);
        try {
            StringBuilder missing = new StringBuilder();
            for (char c : characters.toCharArray()) {
                if (c != ' ' && c != '\u00a0' && c != '\u00ad' && !face.hasGlyph(c)) {
                    missing.append(c);
                }
            }
            return missing.toString();
        } finally {
            face.dispose();
        }
    }

    private static String outside(String text, String characters) {
        StringBuilder outside = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (characters.indexOf(c) < 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }
}
