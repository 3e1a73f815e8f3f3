package com.judgmentday.level;

import com.judgmentday.content.UserText;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.GdxRuntimeException;
import com.badlogic.gdx.utils.SerializationException;
import com.badlogic.gdx.utils.XmlReader;
import com.badlogic.gdx.utils.XmlReader.Element;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a map's tilesets, embedded or external (.tsx), into {@link TilesetDef}s without GL or decoding an
 * image: image paths are resolved next to the file that names them and each PNG's size is read from its
 * header, so a missing, foreign or oversized image is refused with the tileset named before anything loads.
 */
final class TilesetReader {
    /** Largest tileset image side in pixels (a texture every GL the game runs on can hold). */
    static final int MAX_IMAGE_SIDE = 4096;
    /** Pixels of all a map's tileset images together: one full-size sheet, 64 MB as a texture. */
    static final long MAX_IMAGE_PIXELS = (long) MAX_IMAGE_SIDE * MAX_IMAGE_SIDE;
    /** Images of a map's image-collection tilesets together. */
    static final int MAX_IMAGES = 1024;
    static final int MAX_FRAMES = 256;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private TilesetReader() {
    }

    /** Reads the {@code <tileset>} element of the map file and adds it to the document. */
    static void read(String where, FileHandle map, TmxDocument document, Element element) {
        int firstGid = TileLayerReader.integer(where + "a tileset's ", element, "firstgid", 1, 1, TileLayerDef.GID_MASK);
        String source = element.getAttribute("source", null);
        TilesetDef tileset;
        if (source != null) {
            FileHandle external = map.sibling(source);
            // Read as the map is: a regular file under the size limit, its text never quoted in a message.
            Element root = TmxReader.parse(external, where + "external tileset " + UserText.quote(source), false);
            if (root == null || !root.getName().equals("tileset")) {
                throw new LevelException(where + "external tileset " + UserText.quote(source) + " is not a Tiled tileset (the root element"
                        + " must be <tileset>)");
            }
            tileset = tileset(where + "tileset " + UserText.quote(source) + " ", external, root, document);
        } else {
            tileset = tileset(where + "tileset " + UserText.quote(element.getAttribute("name", "")) + " ", map, element, document);
        }
        tileset.firstGid = firstGid;
        document.tilesets.add(tileset);
        long pixels = 0;
        for (TilesetDef each : document.tilesets) {
            pixels += each.sheet == null ? 0 : (long) each.sheet.width * each.sheet.height;
            for (TilesetDef.TileImage image : each.images.values()) {
                pixels += (long) image.width * image.height;
            }
        }
        if (pixels > MAX_IMAGE_PIXELS) {
            throw new LevelException(where + "the tileset images hold " + pixels + " pixels in all; the limit is "
                    + MAX_IMAGE_PIXELS + " (one " + MAX_IMAGE_SIDE + " x " + MAX_IMAGE_SIDE + " sheet): use smaller or fewer images");
        }
    }

    /** A tileset element (the map's own, or an external file's root); {@code at} names it in messages. */
    private static TilesetDef tileset(String at, FileHandle owner, Element element, TmxDocument document) {
        TilesetDef tileset = new TilesetDef();
        tileset.name = element.getAttribute("name", "");
        tileset.tileWidth = TileLayerReader.integer(at, element, "tilewidth", 1, 1, 1024);
        tileset.tileHeight = TileLayerReader.integer(at, element, "tileheight", 1, 1, 1024);
        tileset.spacing = TileLayerReader.integer(at, element, "spacing", 0, 0, MAX_IMAGE_SIDE);
        tileset.margin = TileLayerReader.integer(at, element, "margin", 0, 0, MAX_IMAGE_SIDE);
        tileset.gridSize = element.getAttribute("tilerendersize", "tile").equals("grid");
        Element offset = element.getChildByName("tileoffset");
        if (offset != null) {
            tileset.offsetX = TileLayerReader.integer(at + "tileoffset ", offset, "x", 0, -MAX_IMAGE_SIDE, MAX_IMAGE_SIDE);
            tileset.offsetY = TileLayerReader.integer(at + "tileoffset ", offset, "y", 0, -MAX_IMAGE_SIDE, MAX_IMAGE_SIDE);
        }
        Element image = element.getChildByName("image");
        if (image != null) {
            tileset.sheet = image(at, owner, image);
            int fitColumns = fit(tileset.sheet.width, tileset.tileWidth, tileset.margin, tileset.spacing);
            int fitRows = fit(tileset.sheet.height, tileset.tileHeight, tileset.margin, tileset.spacing);
            // The image may have shrunk since the map was saved: only whole tiles inside it are used.
            tileset.columns = Math.min(fitColumns, TileLayerReader.integer(at, element, "columns", fitColumns, 0, MAX_IMAGE_SIDE));
            int count = TileLayerReader.integer(at, element, "tilecount", tileset.columns * fitRows, 0, TileLayerDef.GID_MASK);
            tileset.tileCount = tileset.columns == 0 ? 0 : Math.min(count, tileset.columns * fitRows);
        }
        Array<Element> tiles = element.getChildrenByName("tile");
        int images = 0;
        for (TilesetDef each : document.tilesets) {
            images += each.images.size;
        }
        for (Element tile : tiles) {
            images += tileset.sheet == null && tile.getChildByName("image") != null ? 1 : 0;
        }
        if (images > MAX_IMAGES) {
            throw new LevelException(at + "takes the map's tile images to " + images + "; the limit is " + MAX_IMAGES
                    + ": combine them into one tileset image");
        }
        for (Element tile : tiles) {
            int id = TileLayerReader.integer(at + "tile ", tile, "id", 0, 0, TileLayerDef.GID_MASK - 1);
            Element own = tile.getChildByName("image");
            if (own != null && tileset.sheet == null) {
                tileset.images.put(id, image(at + "tile " + id + " ", owner, own));
            }
            Element animation = tile.getChildByName("animation");
            if (animation != null) {
                tileset.animations.put(id, frames(at + "tile " + id + " animation ", animation));
            }
        }
        for (int[] frames : tileset.animations.values()) {
            for (int i = 0; i < frames.length; i += 2) {
                if (!tileset.hasTile(frames[i])) {
                    throw new LevelException(at + "has an animation showing tile " + frames[i] + ", which it does not hold");
                }
            }
        }
        return tileset;
    }

    /** How many tiles fit across a side of the image. */
    private static int fit(int side, int tile, int margin, int spacing) {
        return Math.max(0, (side - 2 * margin + spacing) / (tile + spacing));
    }

    private static int[] frames(String at, Element animation) {
        Array<Element> all = animation.getChildrenByName("frame");
        int count = all.size;
        if (count == 0 || count > MAX_FRAMES) {
            throw new LevelException(at + "has " + count + " frames; it needs 1 to " + MAX_FRAMES);
        }
        int[] frames = new int[count * 2];
        for (int i = 0; i < count; i++) {
            Element frame = all.get(i);
            frames[i * 2] = TileLayerReader.integer(at + "frame ", frame, "tileid", 0, 0, TileLayerDef.GID_MASK - 1);
            frames[i * 2 + 1] = TileLayerReader.integer(at + "frame ", frame, "duration", 100, 1, 3_600_000);
        }
        return frames;
    }

    /** An image next to its owner: present, a PNG, within the size limit. */
    private static TilesetDef.TileImage image(String at, FileHandle owner, Element image) {
        String source = image.getAttribute("source", null);
        if (source == null) {
            throw new LevelException(at + "has an image without a source (embedded image data is not supported);"
                    + " save the image as a PNG file");
        }
        FileHandle file = owner.sibling(source);
        if (!file.exists() || file.isDirectory()) {
            throw new LevelException(at + "needs the image " + UserText.quote(source) + ", which is missing");
        }
        int[] size = pngSize(at, source, file);
        if (size[0] > MAX_IMAGE_SIDE || size[1] > MAX_IMAGE_SIDE) {
            throw new LevelException(at + "image " + UserText.quote(source) + " is " + size[0] + " x " + size[1] + " pixels; the limit is "
                    + MAX_IMAGE_SIDE + " each way");
        }
        return new TilesetDef.TileImage(file, size[0], size[1]);
    }

    /** Width and height from a PNG's header, without decoding it. */
    private static int[] pngSize(String at, String source, FileHandle file) {
        byte[] head = new byte[24];
        int read = 0;
        try (InputStream in = file.read()) {
            for (int n; read < head.length && (n = in.read(head, read, head.length - read)) > 0; ) {
                read += n;
            }
        } catch (IOException | GdxRuntimeException e) {
            throw new LevelException(at + "image " + UserText.quote(source) + " can't be read (" + UserText.token(String.valueOf(e.getMessage())) + ")");
        }
        boolean png = read == head.length && head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R';
        for (int i = 0; png && i < PNG.length; i++) {
            png = head[i] == PNG[i];
        }
        if (!png) {
            throw new LevelException(at + "image " + UserText.quote(source) + " is not a PNG file; export it as PNG");
        }
        int width = bigEndian(head, 16);
        int height = bigEndian(head, 20);
        if (width < 1 || height < 1) {
            throw new LevelException(at + "image " + UserText.quote(source) + " is a damaged PNG (its size is " + width + " x " + height + ")");
        }
        return new int[] {width, height};
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
