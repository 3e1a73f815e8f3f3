package com.judgmentday.render.art;

import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.content.ClasspathFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Packing the art in memory (no GL, any thread) gives the pixels drawing it one pixel at a time gives. */
class SpriteAtlasPackTest {
    @BeforeAll
    static void natives() {
        GdxNativesLoader.load();
    }

    @Test
    void theShippedArtPacksToTheSamePagesAsDrawingEveryPixel() {
        ArtCatalog catalog = ArtCatalog.read(new ClasspathFile(ArtCatalog.INDEX));
        PixmapPacker reference = new PixmapPacker(1024, 1024, Pixmap.Format.RGBA8888, 1, false);
        SpriteAtlas.Packed packed = SpriteAtlas.pack(catalog);
        try {
            for (SpriteDef def : catalog.sprites.values()) {
                for (String palette : catalog.palettesFor(def)) {
                    drawPixelByPixel(reference, def, palette, catalog.palettes.get(palette));
                }
                assertThat(packed.palettes.get(def.name)).as(def.name).isEqualTo(catalog.palettesFor(def));
            }
            assertThat(packed.packer.getPages().size).isEqualTo(reference.getPages().size);
            for (int i = 0; i < reference.getPages().size; i++) {
                assertThat(packed.packer.getPages().get(i).getPixmap().getPixels())
                        .as("page " + i).isEqualTo(reference.getPages().get(i).getPixmap().getPixels());
            }
        } finally {
            packed.dispose();
            reference.dispose();
        }
    }

    private static void drawPixelByPixel(PixmapPacker packer, SpriteDef def, String palette, Map<Character, Integer> colours) {
        for (AnimDef anim : def.anims.values()) {
            for (int f = 0; f < anim.frames.size(); f++) {
                String[] rows = anim.frames.get(f);
                Pixmap pixmap = new Pixmap(def.width, def.height, Pixmap.Format.RGBA8888);
                pixmap.setBlending(Pixmap.Blending.None);
                for (int y = 0; y < def.height; y++) {
                    for (int x = 0; x < def.width; x++) {
                        char c = rows[y].charAt(x);
                        pixmap.drawPixel(x, y, c == '.' ? 0 : colours.get(c));
                    }
                }
                packer.pack(def.name + "/" + anim.name + "/" + palette + "/" + f, pixmap);
                pixmap.dispose();
            }
        }
    }
}
