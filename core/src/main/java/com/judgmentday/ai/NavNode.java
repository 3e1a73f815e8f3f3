package com.judgmentday.ai;

import com.badlogic.gdx.utils.Array;

/** A place a body can stand or hold on: a cell of the terrain grid, with its position in metres. */
public final class NavNode {
    public final int index;
    public final int cellX;
    public final int cellY;
    /** Centre of the body, metres. */
    public final float x;
    /** Feet, metres. */
    public final float y;
    final Array<NavEdge> edges = new Array<>(false, 8, NavEdge.class);

    NavNode(int index, int cellX, int cellY, float x, float y) {
        this.index = index;
        this.cellX = cellX;
        this.cellY = cellY;
        this.x = x;
        this.y = y;
    }
}
