package com.judgmentday.level;

/**
 * A Tiled tile layer as read, without GL: its cells' gids (with Tiled's flip bits) and how it is drawn,
 * with the opacity, visibility, offset, parallax and tint of the groups it sits in already folded in.
 */
public final class TileLayerDef {
    /** Gid bit: the tile is mirrored left to right. */
    public static final int FLIP_HORIZONTAL = 0x80000000;
    /** Gid bit: the tile is mirrored top to bottom. */
    public static final int FLIP_VERTICAL = 0x40000000;
    /** Gid bit: the tile's x and y are swapped (with the others, a quarter turn). */
    public static final int FLIP_DIAGONAL = 0x20000000;
    /** The gid without the flip bits (nor the hexagonal-rotation bit, which orthogonal maps ignore). */
    public static final int GID_MASK = 0x0fffffff;

    public String name = "";
    /** Size in cells (the map's). */
    public int width;
    public int height;
    /** Row by row from the top, {@code width * height} gids; 0 is an empty cell. */
    public int[] gids;
    public float opacity = 1f;
    public boolean visible = true;
    /** Tiled's offset, pixels, y down. */
    public float offsetX;
    public float offsetY;
    /** How far the layer moves with the camera: 1 with the map, 0 pinned to the view. */
    public float parallaxX = 1f;
    public float parallaxY = 1f;
    /** The map's parallax origin, pixels, y down. */
    public float parallaxOriginX;
    public float parallaxOriginY;
    /** Tint colour, RGBA8888; white leaves the tiles as drawn. */
    public int tint = 0xffffffff;
    /** In front of the characters: it lies above every object layer of the map. */
    public boolean foreground;

    /** The gid at a cell, flip bits included; column and row from the top-left. */
    public int gid(int column, int row) {
        return gids[row * width + column];
    }
}
