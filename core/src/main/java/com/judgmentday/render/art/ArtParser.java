package com.judgmentday.render.art;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the art text formats of docs/art.md (palettes and sprites) into plain data, refusing mistakes
 * with the file, the line and what to do. Needs no graphics, so tests can check every shipped file.
 */
public final class ArtParser {
    private static final Pattern SPRITE = Pattern.compile(
            "sprite\\s+(\\S+)\\s+(\\d+)x(\\d+)\\s+origin\\s+(\\d+),(\\d+)\\s+palette\\s+(\\S+)");
    private static final Pattern ANIM = Pattern.compile("anim\\s+(\\S+)\\s+(\\d+(?:\\.\\d+)?)\\s+(loop|once)");
    private static final Pattern COLOUR = Pattern.compile("(\\S)\\s+#([0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?)(?:\\s+.*)?");

    /** Largest canvas either way, pixels: backdrops are a screen wide; the atlas pages hold 1024. */
    private static final int MAX_SIZE = 640;

    private ArtParser() {
    }

    /** Palettes by name: each maps a character to an RGBA8888 colour. */
    public static Map<String, Map<Character, Integer>> palettes(String file, String text) {
        Map<String, Map<Character, Integer>> palettes = new LinkedHashMap<>();
        Map<Character, Integer> current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("palette ")) {
                String name = line.substring("palette ".length()).strip();
                if (palettes.containsKey(name)) {
                    throw error(file, i, "palette '" + name + "' is defined twice; give one of them another name");
                }
                current = new LinkedHashMap<>();
                palettes.put(name, current);
                continue;
            }
            Matcher colour = COLOUR.matcher(line);
            if (!colour.matches()) {
                throw error(file, i, "expected 'palette <name>' or '<char> #rrggbb <meaning>', got '" + line + "'");
            }
            if (current == null) {
                throw error(file, i, "a colour before any 'palette <name>' line");
            }
            char key = colour.group(1).charAt(0);
            if (key == '.') {
                throw error(file, i, "'.' is always transparent; pick another character");
            }
            String hex = colour.group(2);
            long rgba = Long.parseLong(hex.length() == 6 ? hex + "ff" : hex, 16);
            current.put(key, (int) rgba);
        }
        return palettes;
    }

    /** The sprites of one file, in order. */
    public static List<SpriteDef> sprites(String file, String text) {
        List<SpriteDef> sprites = new ArrayList<>();
        SpriteDef sprite = null;
        AnimDef anim = null;
        List<String> rows = null;
        int frameLine = 0;
        int spriteLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.strip();
            if (rows != null) {
                if (rows.size() < sprite.height) {
                    if (line.isEmpty()) {
                        throw error(file, frameLine, "the frame has " + rows.size() + " rows, the sprite '" + sprite.name
                                + "' is " + sprite.height + " high");
                    }
                    if (line.length() != sprite.width) {
                        throw error(file, i, "row has " + line.length() + " characters, the sprite '" + sprite.name
                                + "' is " + sprite.width + " wide");
                    }
                    rows.add(line);
                    if (rows.size() == sprite.height) {
                        anim.frames.add(rows.toArray(new String[0]));
                        rows = null;
                    }
                    continue;
                }
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher header = SPRITE.matcher(line);
            if (header.matches()) {
                closeSprite(file, spriteLine, sprite);
                spriteLine = i;
                sprite = new SpriteDef(header.group(1), Integer.parseInt(header.group(2)), Integer.parseInt(header.group(3)),
                        Integer.parseInt(header.group(4)), Integer.parseInt(header.group(5)), header.group(6));
                if (sprite.width < 1 || sprite.height < 1 || sprite.width > MAX_SIZE || sprite.height > MAX_SIZE) {
                    throw error(file, i, "a sprite is 1 to " + MAX_SIZE + " pixels each way");
                }
                sprites.add(sprite);
                anim = null;
                continue;
            }
            Matcher animation = ANIM.matcher(line);
            if (animation.matches()) {
                if (sprite == null) {
                    throw error(file, i, "'anim' before any 'sprite' line");
                }
                anim = new AnimDef(animation.group(1), Float.parseFloat(animation.group(2)), animation.group(3).equals("loop"));
                if (sprite.anims.put(anim.name, anim) != null) {
                    throw error(file, i, "sprite '" + sprite.name + "' has two animations called '" + anim.name + "'");
                }
                continue;
            }
            if (line.equals("frame")) {
                if (anim == null) {
                    throw error(file, i, "'frame' before any 'anim' line");
                }
                rows = new ArrayList<>();
                frameLine = i;
                continue;
            }
            throw error(file, i, "expected 'sprite <name> <w>x<h> origin <x>,<y> palette <name>', 'anim <name> <fps>"
                    + " <loop|once>' or 'frame', got '" + line + "'");
        }
        if (rows != null) {
            throw error(file, frameLine, "the frame has " + rows.size() + " rows, the sprite '" + sprite.name + "' is "
                    + sprite.height + " high");
        }
        closeSprite(file, spriteLine, sprite);
        return sprites;
    }

    private static void closeSprite(String file, int line, SpriteDef sprite) {
        if (sprite == null) {
            return;
        }
        if (sprite.anims.isEmpty()) {
            throw error(file, line, "sprite '" + sprite.name + "' has no animations");
        }
        for (AnimDef anim : sprite.anims.values()) {
            if (anim.frames.isEmpty()) {
                throw error(file, line, "animation '" + anim.name + "' of sprite '" + sprite.name + "' has no frames");
            }
        }
    }

    private static ArtException error(String file, int index, String message) {
        return new ArtException(file + ":" + (index + 1) + ": " + message);
    }
}
