package com.judgmentday.render.art;

import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.TextureAtlas;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.ObjectMap;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The art packed into one texture atlas: every frame of every sprite, once per palette that colours it
 * (the palette swaps that dress one figure as a police officer, a guard or the chrome T-1000).
 */
public final class SpriteAtlas implements Disposable {
    private static final int PAGE = 1024;
    private final TextureAtlas atlas = new TextureAtlas();
    private final ObjectMap<String, SpriteArt> sprites = new ObjectMap<>();
    private final ObjectMap<String, Texture> repeating = new ObjectMap<>();
    private final ArtCatalog catalog;

    /** A sprite's size, origin and frames by animation and palette. */
    public static final class SpriteArt {
        public final SpriteDef def;
        final ObjectMap<String, ObjectMap<String, TextureRegion[]>> frames = new ObjectMap<>();

        SpriteArt(SpriteDef def) {
            this.def = def;
        }

        /** The art was packed in that palette (frames() falls back to the sprite's own for one it was not). */
        public boolean hasPalette(String palette) {
            ObjectMap<String, TextureRegion[]> byPalette = frames.get("idle");
            return byPalette != null && byPalette.containsKey(palette);
        }

        /** The frames of an animation in a palette (the sprite's own when that one doesn't fit); null when missing. */
        public TextureRegion[] frames(String anim, String palette) {
            ObjectMap<String, TextureRegion[]> byPalette = frames.get(anim);
            if (byPalette == null) {
                return null;
            }
            TextureRegion[] regions = byPalette.get(palette);
            return regions != null ? regions : byPalette.get(def.palette);
        }

        public boolean has(String anim) {
            return frames.containsKey(anim);
        }
    }

    /** Packs and uploads the art (on the GL thread). */
    public SpriteAtlas(ArtCatalog catalog) {
        this(pack(catalog));
    }

    /** Uploads art packed beforehand (on the GL thread); the packed pages are released. */
    public SpriteAtlas(Packed packed) {
        this.catalog = packed.catalog;
        try {
            packed.packer.updateTextureAtlas(atlas, Texture.TextureFilter.Nearest, Texture.TextureFilter.Nearest, false);
        } finally {
            packed.dispose();
        }
        for (SpriteDef def : catalog.sprites.values()) {
            SpriteArt art = new SpriteArt(def);
            List<String> palettes = packed.palettes.get(def.name);
            for (AnimDef anim : def.anims.values()) {
                ObjectMap<String, TextureRegion[]> byPalette = new ObjectMap<>();
                for (String palette : palettes) {
                    TextureRegion[] regions = new TextureRegion[anim.frames.size()];
                    for (int i = 0; i < regions.length; i++) {
                        regions[i] = atlas.findRegion(key(def.name, anim.name, palette, i));
                    }
                    byPalette.put(palette, regions);
                }
                art.frames.put(anim.name, byPalette);
            }
            sprites.put(def.name, art);
        }
    }

    /**
     * Every frame of the art in every palette that colours it, drawn into atlas pages in memory. No GL: it
     * can be made on any thread, ahead of the level that needs it.
     */
    public static Packed pack(ArtCatalog catalog) {
        PixmapPacker packer = new PixmapPacker(PAGE, PAGE, Pixmap.Format.RGBA8888, 1, false);
        Map<String, List<String>> palettes = new HashMap<>();
        try {
            for (SpriteDef def : catalog.sprites.values()) {
                List<String> looks = catalog.palettesFor(def);
                palettes.put(def.name, looks);
                for (String palette : looks) {
                    pack(packer, def, palette, catalog.palettes.get(palette));
                }
            }
        } catch (RuntimeException e) {
            packer.dispose();
            throw e;
        }
        return new Packed(catalog, packer, palettes);
    }

    /** Art packed in memory, waiting to be uploaded by {@link #SpriteAtlas(Packed)}; dispose it if it never is. */
    public static final class Packed implements Disposable {
        final ArtCatalog catalog;
        final PixmapPacker packer;
        final Map<String, List<String>> palettes;

        Packed(ArtCatalog catalog, PixmapPacker packer, Map<String, List<String>> palettes) {
            this.catalog = catalog;
            this.packer = packer;
            this.palettes = palettes;
        }

        @Override
        public void dispose() {
            packer.dispose();
        }
    }

    private static void pack(PixmapPacker packer, SpriteDef def, String palette, Map<Character, Integer> colours) {
        for (AnimDef anim : def.anims.values()) {
            for (int f = 0; f < anim.frames.size(); f++) {
                Pixmap pixmap = pixmap(def, anim.frames.get(f), colours);
                packer.pack(key(def.name, anim.name, palette, f), pixmap);
                pixmap.dispose();
            }
        }
    }

    /** One frame's pixels, written in one go (a native call per pixel made packing the art several times slower). */
    private static Pixmap pixmap(SpriteDef def, String[] rows, Map<Character, Integer> colours) {
        byte[] rgba = new byte[def.width * def.height * 4];
        int at = 0;
        for (int y = 0; y < def.height; y++) {
            String row = rows[y];
            for (int x = 0; x < def.width; x++) {
                char c = row.charAt(x);
                int colour = c == '.' ? 0 : colours.get(c);
                rgba[at] = (byte) (colour >>> 24);
                rgba[at + 1] = (byte) (colour >>> 16);
                rgba[at + 2] = (byte) (colour >>> 8);
                rgba[at + 3] = (byte) colour;
                at += 4;
            }
        }
        Pixmap pixmap = new Pixmap(def.width, def.height, Pixmap.Format.RGBA8888);
        ByteBuffer pixels = pixmap.getPixels();
        pixels.position(0);
        pixels.put(rgba);
        pixels.position(0);
        return pixmap;
    }

    /**
     * A sprite's first idle frame as a texture of its own that repeats both ways (for filling shapes of any
     * outline, like sloped ground); null when there is no such sprite. Made once, kept until disposal.
     */
    public Texture repeating(String name) {
        Texture texture = repeating.get(name);
        SpriteDef def = catalog.sprites.get(name);
        if (texture == null && def != null && def.anims.containsKey("idle")) {
            Pixmap pixmap = pixmap(def, def.anims.get("idle").frames.get(0), catalog.palettes.get(def.palette));
            texture = new Texture(pixmap);
            pixmap.dispose();
            texture.setWrap(Texture.TextureWrap.Repeat, Texture.TextureWrap.Repeat);
            texture.setFilter(Texture.TextureFilter.Nearest, Texture.TextureFilter.Nearest);
            repeating.put(name, texture);
        }
        return texture;
    }

    private static String key(String sprite, String anim, String palette, int frame) {
        return sprite + "/" + anim + "/" + palette + "/" + frame;
    }

    /** A sprite by name, or null when the art has none. */
    public SpriteArt sprite(String name) {
        return sprites.get(name);
    }

    @Override
    public void dispose() {
        atlas.dispose();
        for (Texture texture : repeating.values()) {
            texture.dispose();
        }
    }
}
