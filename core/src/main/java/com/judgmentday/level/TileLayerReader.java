package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.XmlReader.Element;
import com.judgmentday.content.UserText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Reads a map's tile layers into {@link TileLayerDef}s without GL: the cells in any of Tiled's formats
 * (CSV, XML, Base64 plain, zlib or gzip), every gid checked against the tilesets, the enclosing groups'
 * opacity, visibility, offset, parallax and tint folded in. The tiles a map may hold are bounded, and
 * compressed data is never inflated past what the layer's size needs.
 */
final class TileLayerReader {
    /** Cells of all a map's tile layers together (width x height x layers): 16 MB of gids. */
    static final int MAX_TILES = 4_000_000;
    static final int MAX_LAYERS = 256;

    private TileLayerReader() {
    }

    /** Reads the {@code <layer>} element (inside the map or its groups) and adds it to the document. */
    static void read(String where, TmxDocument document, Element element) {
        TileLayerDef layer = new TileLayerDef();
        layer.name = element.getAttribute("name", "");
        String at = where + "layer '" + layer.name + "' ";
        if (document.tileLayers.size() >= MAX_LAYERS) {
            throw new LevelException(at + "is one tile layer too many; a map has at most " + MAX_LAYERS);
        }
        layer.width = integer(at, element, "width", Math.round(document.widthPx / document.tileWidth), 1, 10_000);
        layer.height = integer(at, element, "height", Math.round(document.heightPx / document.tileHeight), 1, 10_000);
        long tiles = (long) layer.width * layer.height;
        for (TileLayerDef other : document.tileLayers) {
            tiles += other.gids.length;
        }
        if (tiles > MAX_TILES) {
            throw new LevelException(at + "takes the map's tile layers to " + tiles + " tiles (width x height x layers);"
                    + " the limit is " + MAX_TILES + ": make the map smaller or use fewer tile layers");
        }
        for (Element node = element; node != null && !node.getName().equals("map"); node = node.getParent()) {
            String what = node == element ? at : where + "group '" + node.getAttribute("name", "") + "' ";
            layer.opacity *= TmxNumbers.decimal(what, node, "opacity", 1f, 0f, 1f);
            layer.visible &= !node.getAttribute("visible", "1").equals("0");
            layer.offsetX += TmxNumbers.decimal(what, node, "offsetx", 0f, -TmxNumbers.MAX_COORDINATE, TmxNumbers.MAX_COORDINATE);
            layer.offsetY += TmxNumbers.decimal(what, node, "offsety", 0f, -TmxNumbers.MAX_COORDINATE, TmxNumbers.MAX_COORDINATE);
            layer.parallaxX *= TmxNumbers.decimal(what, node, "parallaxx", 1f, -100f, 100f);
            layer.parallaxY *= TmxNumbers.decimal(what, node, "parallaxy", 1f, -100f, 100f);
            layer.tint = multiply(layer.tint, colour(what, node.getAttribute("tintcolor", null)));
            if (node.getParent() != null && node.getParent().getName().equals("map")) {
                Element map = node.getParent();
                layer.parallaxOriginX = TmxNumbers.decimal(where, map, "parallaxoriginx", 0f, -TmxNumbers.MAX_COORDINATE,
                        TmxNumbers.MAX_COORDINATE);
                layer.parallaxOriginY = TmxNumbers.decimal(where, map, "parallaxoriginy", 0f, -TmxNumbers.MAX_COORDINATE,
                        TmxNumbers.MAX_COORDINATE);
            }
        }
        layer.foreground = aboveEveryObjectLayer(element);
        layer.gids = cells(at, element.getChildByName("data"), layer.width * layer.height);
        checkGids(at, document, layer);
        document.tileLayers.add(layer);
    }

    private static int[] cells(String at, Element data, int count) {
        if (data == null) {
            throw new LevelException(at + "has no <data>; re-save the map with Tiled");
        }
        String encoding = data.getAttribute("encoding", "xml");
        String compression = data.getAttribute("compression", "");
        if (compression.equals("zstd")) {
            throw new LevelException(at + "uses zstd compression, which is not supported; set Tile Layer Format to"
                    + " Base64 (zlib) or CSV");
        }
        int[] gids = new int[count];
        String text = data.getText() == null ? "" : data.getText();
        switch (encoding) {
            case "csv":
                csv(at, text, gids);
                return gids;
            case "base64":
                base64(at, text, compression, gids);
                return gids;
            case "xml":
                Array<Element> tiles = data.getChildrenByName("tile");
                if (tiles.size != count) {
                    throw wrongCount(at, tiles.size, count);
                }
                for (int i = 0; i < count; i++) {
                    gids[i] = (int) unsigned(at, tiles.get(i).getAttribute("gid", "0"));
                }
                return gids;
            default:
                throw new LevelException(at + "has data in encoding '" + encoding + "', which is not Tiled's; set Tile"
                        + " Layer Format to CSV or Base64 (zlib)");
        }
    }

    /** Comma-separated gids, whitespace anywhere; read without splitting, so a big layer makes no garbage. */
    private static void csv(String at, String text, int[] gids) {
        int count = 0;
        long value = 0;
        boolean digits = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits = true;
                if (value > 0xffffffffL) {
                    throw new LevelException(at + "has a tile number beyond 4294967295 in its CSV data");
                }
            } else if (c == ',') {
                if (!digits && i == text.length()) {
                    break;
                }
                if (!digits) {
                    throw new LevelException(at + "has an empty entry in its CSV data (entry " + (count + 1) + ")");
                }
                if (count == gids.length) {
                    throw tooMany(at, gids.length);
                }
                gids[count++] = (int) value;
                value = 0;
                digits = false;
            } else if (!Character.isWhitespace(c)) {
                throw new LevelException(at + "has '" + c + "' in its CSV data, which holds only tile numbers and commas");
            }
        }
        if (count != gids.length) {
            throw wrongCount(at, count, gids.length);
        }
    }

    private static void base64(String at, String text, String compression, int[] gids) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new LevelException(at + "has damaged Base64 data (" + e.getMessage() + "); re-save the map with Tiled");
        }
        try (InputStream in = compression.isEmpty() ? new ByteArrayInputStream(bytes)
                : compression.equals("zlib") ? new InflaterInputStream(new ByteArrayInputStream(bytes))
                : compression.equals("gzip") ? new GZIPInputStream(new ByteArrayInputStream(bytes)) : null) {
            if (in == null) {
                throw new LevelException(at + "uses compression '" + compression + "', which is not Tiled's; set Tile"
                        + " Layer Format to Base64 (zlib) or CSV");
            }
            byte[] four = new byte[4];
            for (int i = 0; i < gids.length; i++) {
                if (in.readNBytes(four, 0, 4) < 4) {
                    throw wrongCount(at, i, gids.length);
                }
                gids[i] = (four[0] & 0xff) | (four[1] & 0xff) << 8 | (four[2] & 0xff) << 16 | (four[3] & 0xff) << 24;
            }
            if (in.read() != -1) {
                throw tooMany(at, gids.length);
            }
        } catch (IOException e) {
            throw new LevelException(at + "data can't be unpacked (" + UserText.token(String.valueOf(e.getMessage())) + "); re-save the map with Tiled");
        }
    }

    private static LevelException tooMany(String at, int cells) {
        return new LevelException(at + "has more tiles in its data than its " + cells + " cells; re-save the map with Tiled");
    }

    private static LevelException wrongCount(String at, int found, int needed) {
        return new LevelException(at + "has " + found + " tiles in its data where its size needs " + needed
                + "; re-save the map with Tiled");
    }

    /** Every tile drawn must be one a tileset holds, or the file was damaged since Tiled wrote it. */
    private static void checkGids(String at, TmxDocument document, TileLayerDef layer) {
        int known = -1;
        for (int i = 0; i < layer.gids.length; i++) {
            int gid = layer.gids[i] & TileLayerDef.GID_MASK;
            if (gid == 0 || gid == known) {
                continue;
            }
            TilesetDef tileset = document.tileset(gid);
            if (tileset == null || !tileset.hasTile(gid - tileset.firstGid)) {
                throw new LevelException(at + "shows tile " + gid + " at column " + i % layer.width + ", row "
                        + i / layer.width + ", which no tileset of the map holds (is a tileset or its image smaller than"
                        + " when the map was saved?)");
            }
            known = gid;
        }
    }

    /** True when no object layer comes after the layer in the map's order (Tiled draws later layers on top). */
    private static boolean aboveEveryObjectLayer(Element layer) {
        for (Element node = layer; node.getParent() != null; node = node.getParent()) {
            Element parent = node.getParent();
            boolean after = false;
            for (int i = 0; i < parent.getChildCount(); i++) {
                Element sibling = parent.getChild(i);
                if (sibling == node) {
                    after = true;
                } else if (after && holdsObjects(sibling)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean holdsObjects(Element element) {
        if (element.getName().equals("objectgroup")) {
            return true;
        }
        if (element.getName().equals("group")) {
            for (int i = 0; i < element.getChildCount(); i++) {
                if (holdsObjects(element.getChild(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tiled's #AARRGGBB or #RRGGBB as RGBA8888; white when absent. */
    private static int colour(String what, String text) {
        if (text == null) {
            return 0xffffffff;
        }
        String hex = text.startsWith("#") ? text.substring(1) : text;
        if ((hex.length() != 6 && hex.length() != 8) || !hex.matches("[0-9a-fA-F]+")) {
            throw new LevelException(what + "tintcolor '" + text + "' is not a colour like #ff8040");
        }
        long argb = Long.parseLong(hex.length() == 6 ? "ff" + hex : hex, 16);
        return (int) (argb << 8 | argb >>> 24);
    }

    private static int multiply(int a, int b) {
        int result = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            result |= (((a >>> shift) & 0xff) * ((b >>> shift) & 0xff) / 255) << shift;
        }
        return result;
    }

    /** A whole-number attribute within a range, or the fallback when absent; {@code at} starts the message. */
    static int integer(String at, Element element, String attribute, int fallback, int min, int max) {
        String text = element.getAttribute(attribute, null);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new LevelException(at + attribute + " '" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new LevelException(at + attribute + " '" + text + "' is out of range " + min + " to " + max);
        }
        return (int) value;
    }

    private static long unsigned(String at, String text) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 0 && value <= 0xffffffffL) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Refused below, with the layer named.
        }
        throw new LevelException(at + "has tile gid '" + text + "', which is not a tile number");
    }
}
