package com.judgmentday.render.art;

import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.TextureAtlas;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.ObjectMap;

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

    public SpriteAtlas(ArtCatalog catalog) {
        this.catalog = catalog;
        PixmapPacker packer = new PixmapPacker(PAGE, PAGE, Pixmap.Format.RGBA8888, 1, false);
        try {
            for (SpriteDef def : catalog.sprites.values()) {
                for (String palette : catalog.palettesFor(def)) {
                    pack(packer, def, palette, catalog.palettes.get(palette));
                }
            }
            packer.updateTextureAtlas(atlas, Texture.TextureFilter.Nearest, Texture.TextureFilter.Nearest, false);
        } finally {
            packer.dispose();
        }
        for (SpriteDef def : catalog.sprites.values()) {
            SpriteArt art = new SpriteArt(def);
            for (AnimDef anim : def.anims.values()) {
                ObjectMap<String, TextureRegion[]> byPalette = new ObjectMap<>();
                for (String palette : catalog.palettesFor(def)) {
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

    private static void pack(PixmapPacker packer, SpriteDef def, String palette, Map<Character, Integer> colours) {
        for (AnimDef anim : def.anims.values()) {
            for (int f = 0; f < anim.frames.size(); f++) {
                Pixmap pixmap = pixmap(def, anim.frames.get(f), colours);
                packer.pack(key(def.name, anim.name, palette, f), pixmap);
                pixmap.dispose();
            }
        }
    }

    private static Pixmap pixmap(SpriteDef def, String[] rows, Map<Character, Integer> colours) {
        Pixmap pixmap = new Pixmap(def.width, def.height, Pixmap.Format.RGBA8888);
        pixmap.setBlending(Pixmap.Blending.None);
        for (int y = 0; y < def.height; y++) {
            for (int x = 0; x < def.width; x++) {
                char c = rows[y].charAt(x);
                pixmap.drawPixel(x, y, c == '.' ? 0 : colours.get(c));
            }
        }
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
