package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.IntMap;

/**
 * A Tiled tileset as read, without GL: where each tile's pixels are (one sheet, or an image per tile in a
 * collection), how big a tile is drawn and where, and which tiles animate.
 */
public final class TilesetDef {
    public String name = "";
    /** The gid of its first tile in the map that uses it. */
    public int firstGid;
    /** Tile size in pixels (in a collection, the largest tile). */
    public int tileWidth;
    public int tileHeight;
    public int spacing;
    public int margin;
    public int columns;
    public int tileCount;
    /** The sheet every tile is cut from; null for a collection of images. */
    public TileImage sheet;
    /** A collection's images by local tile id (empty for a sheet). */
    public final IntMap<TileImage> images = new IntMap<>();
    /** Animated tiles by local id: frames as local tile id, duration in milliseconds, pairs. */
    public final IntMap<int[]> animations = new IntMap<>();
    /** Tiled's Drawing Offset, pixels, y down. */
    public int offsetX;
    public int offsetY;
    /** Tiled's Tile Render Size "Grid": tiles are drawn at the map's cell size rather than their own. */
    public boolean gridSize;

    /** An image file and its size in pixels. */
    public static final class TileImage {
        public final FileHandle file;
        public final int width;
        public final int height;

        public TileImage(FileHandle file, int width, int height) {
            this.file = file;
            this.width = width;
            this.height = height;
        }
    }

    /** Whether this tileset has a picture for that local tile id. */
    public boolean hasTile(int localId) {
        return sheet != null ? localId >= 0 && localId < tileCount : images.containsKey(localId);
    }
}
