package com.judgmentday.render;

import com.judgmentday.level.TileLayerDef;

/**
 * The arithmetic of drawing tile-layer cells, kept apart from GL so tests can hold it: which texture corner
 * goes to which corner of the quad under Tiled's flip bits, which cells a view can see, which frame shows.
 */
final class TileQuad {
    /** Floats per corner in a SpriteBatch vertex: x, y, colour, u, v. */
    static final int STRIDE = 5;

    private TileQuad() {
    }

    /**
     * Writes the texture coordinates of a tile, flipped as its gid says, into a SpriteBatch quad
     * (corners bottom-left, top-left, top-right, bottom-right). Tiled flips the diagonal first (swapping x
     * and y), then horizontally, then vertically; {@code (u, v)} is the tile's top-left in the texture.
     */
    static void uvs(int gid, float u, float v, float u2, float v2, float[] quad) {
        boolean horizontal = (gid & TileLayerDef.FLIP_HORIZONTAL) != 0;
        boolean vertical = (gid & TileLayerDef.FLIP_VERTICAL) != 0;
        boolean diagonal = (gid & TileLayerDef.FLIP_DIAGONAL) != 0;
        for (int corner = 0; corner < 4; corner++) {
            // The corner in image terms, x right and y down: bottom-left (0, 1), top-left (0, 0), ...
            int x = corner >= 2 ? 1 : 0;
            int y = corner == 0 || corner == 3 ? 1 : 0;
            int flippedX = horizontal ? 1 - x : x;
            int flippedY = vertical ? 1 - y : y;
            int s = diagonal ? flippedY : flippedX;
            int t = diagonal ? flippedX : flippedY;
            quad[corner * STRIDE + 3] = s == 0 ? u : u2;
            quad[corner * STRIDE + 4] = t == 0 ? v : v2;
        }
    }

    /** Which frame of an animation shows at a time; {@code ends} holds when each frame ends, in milliseconds. */
    static int frame(int[] ends, long millis) {
        int time = (int) (millis % ends[ends.length - 1]);
        int i = 0;
        while (ends[i] <= time) {
            i++;
        }
        return i;
    }

    /** The first cell (column or row) to draw: {@code from} is where the view starts, in cells from the layer's edge. */
    static int first(float from, int reach) {
        return Math.max(0, (int) Math.floor(from) - reach);
    }

    /** The last cell to draw, within a layer {@code cells} long. */
    static int last(float to, int reach, int cells) {
        return (int) Math.min(cells - 1L, (long) Math.floor(to) + reach);
    }
}
