package com.judgmentday.render.art;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.GdxRuntimeException;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every palette and sprite of the game's art, read from the text files {@code art/index.txt} lists, with
 * each sprite checked against its palette. Plain data: packing into a texture is {@link SpriteAtlas}'s job.
 */
public final class ArtCatalog {
    public static final String INDEX = "art/index.txt";
    public static final String PALETTES = "art/palettes.txt";
    public final Map<String, Map<Character, Integer>> palettes;
    public final Map<String, SpriteDef> sprites = new LinkedHashMap<>();

    private ArtCatalog(Map<String, Map<Character, Integer>> palettes) {
        this.palettes = palettes;
    }

    /** Reads the palettes and every sprite file the index names, beside it in the same folder. */
    public static ArtCatalog read(FileHandle index) {
        FileHandle folder = index.parent();
        ArtCatalog catalog = new ArtCatalog(ArtParser.palettes(PALETTES, text(folder.child("palettes.txt"))));
        String[] names = text(index).split("\r?\n");
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String path = "art/" + name;
            for (SpriteDef sprite : ArtParser.sprites(path, text(folder.child(name)))) {
                if (catalog.sprites.put(sprite.name, sprite) != null) {
                    throw new ArtException(path + ": sprite '" + sprite.name + "' is defined twice; rename one");
                }
                catalog.check(path, sprite);
            }
        }
        return catalog;
    }

    /** Every sprite has an idle animation (what the game falls back to), every character a colour in its palette. */
    private void check(String path, SpriteDef sprite) {
        if (!sprite.anims.containsKey("idle")) {
            throw new ArtException(path + ": sprite '" + sprite.name + "' has no 'idle' animation; every sprite needs"
                    + " one (the game falls back to it)");
        }
        Map<Character, Integer> palette = palettes.get(sprite.palette);
        if (palette == null) {
            throw new ArtException(path + ": sprite '" + sprite.name + "' names palette '" + sprite.palette
                    + "', which art/palettes.txt doesn't define");
        }
        Set<Character> missing = new TreeSet<>(used(sprite));
        missing.removeAll(palette.keySet());
        if (!missing.isEmpty()) {
            throw new ArtException(path + ": sprite '" + sprite.name + "' uses " + missing + ", which palette '"
                    + sprite.palette + "' doesn't define; add them to art/palettes.txt");
        }
    }

    /** The characters a sprite's frames use (not '.'). */
    public static Set<Character> used(SpriteDef sprite) {
        // Marked in bits first: a set insertion per pixel made reading the art a tenth of a second slower.
        BitSet seen = new BitSet(128);
        for (AnimDef anim : sprite.anims.values()) {
            for (String[] frame : anim.frames) {
                for (String row : frame) {
                    for (int i = 0; i < row.length(); i++) {
                        seen.set(row.charAt(i));
                    }
                }
            }
        }
        seen.clear('.');
        Set<Character> used = new TreeSet<>();
        for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) {
            used.add((char) c);
        }
        return used;
    }

    /** The palettes that colour every character of the sprite: the looks it can be drawn in. */
    public List<String> palettesFor(SpriteDef sprite) {
        Set<Character> used = used(sprite);
        return palettes.entrySet().stream().filter(e -> e.getValue().keySet().containsAll(used)).map(Map.Entry::getKey)
                .toList();
    }

    private static String text(FileHandle file) {
        try {
            return file.readString("UTF-8");
        } catch (GdxRuntimeException e) {
            throw new ArtException(file.path() + ": can't read it (" + e.getMessage() + ")");
        }
    }
}
