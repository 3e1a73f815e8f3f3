package com.judgmentday.render;

import com.judgmentday.level.TileLayerDef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Drawing a tile-layer cell without GL: Tiled's flips on the texture corners, the cells in view, the frame shown. */
class TileQuadTest {
    private static final int H = TileLayerDef.FLIP_HORIZONTAL;
    private static final int V = TileLayerDef.FLIP_VERTICAL;
    private static final int D = TileLayerDef.FLIP_DIAGONAL;

    /**
     * Which corner of the tile's picture lands on each corner of the quad (bottom-left, top-left, top-right,
     * bottom-right), named TL, TR, BL, BR, for a tile whose picture spans u 0..1 and v 0..1 (v down).
     */
    private static String corners(int gid) {
        float[] quad = new float[20];
        TileQuad.uvs(gid | 1, 0f, 0f, 1f, 1f, quad);
        StringBuilder names = new StringBuilder();
        for (int corner = 0; corner < 4; corner++) {
            float u = quad[corner * TileQuad.STRIDE + 3];
            float v = quad[corner * TileQuad.STRIDE + 4];
            names.append(corner == 0 ? "" : " ").append(v == 0f ? "T" : "B").append(u == 0f ? "L" : "R");
        }
        return names.toString();
    }

    @Test
    void anUnflippedTileShowsItsPictureAsDrawn() {
        assertThat(corners(0)).isEqualTo("BL TL TR BR");
    }

    @Test
    void horizontalAndVerticalFlipsMirror() {
        assertThat(corners(H)).isEqualTo("BR TR TL BL");
        assertThat(corners(V)).isEqualTo("TL BL BR TR");
        assertThat(corners(H | V)).as("a half turn").isEqualTo("TR BR BL TL");
    }

    @Test
    void theDiagonalFlipComesFirstSoItsCombinationsAreQuarterTurns() {
        assertThat(corners(D)).as("x and y swapped").isEqualTo("TR TL BL BR");
        // Tiled's "rotate right" (D + H): the picture's top edge ends up on the right, its top-left top-right.
        assertThat(corners(D | H)).isEqualTo("BR BL TL TR");
        assertThat(corners(D | V)).as("rotate left").isEqualTo("TL TR BR BL");
        assertThat(corners(D | H | V)).isEqualTo("BL BR TR TL");
    }

    @Test
    void onlyTheCellsInViewAndTheReachOfBigTilesAreDrawn() {
        assertThat(TileQuad.first(-3.5f, 1)).as("never before the first cell").isZero();
        assertThat(TileQuad.first(10.25f, 1)).isEqualTo(9);
        assertThat(TileQuad.last(42.7f, 1, 50)).isEqualTo(43);
        assertThat(TileQuad.last(1e12f, 2, 50)).as("never past the last cell, however far the view").isEqualTo(49);
        assertThat(TileQuad.last(-5f, 1, 50)).as("a layer left of the view draws nothing").isNegative();
    }

    @Test
    void anAnimationShowsEachFrameForItsDurationAndLoops() {
        int[] ends = {250, 1000};
        assertThat(TileQuad.frame(ends, 0)).isZero();
        assertThat(TileQuad.frame(ends, 249)).isZero();
        assertThat(TileQuad.frame(ends, 250)).isEqualTo(1);
        assertThat(TileQuad.frame(ends, 999)).isEqualTo(1);
        assertThat(TileQuad.frame(ends, 1000)).as("loops").isZero();
        assertThat(TileQuad.frame(ends, 7_000_000_000L + 300)).isEqualTo(1);
    }
}
