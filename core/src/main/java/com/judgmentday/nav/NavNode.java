package com.judgmentday.nav;

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
    // Set while the graph is built, never after (the graph is shared): read through the methods below.
    int elevator = -1;
    int stop = -1;
    boolean squeeze;
    boolean carOnly;
    int fire = -1;
    int heat = -1;

    NavNode(int index, int cellX, int cellY, float x, float y) {
        this.index = index;
        this.cellX = cellX;
        this.cellY = cellY;
        this.x = x;
        this.y = y;
    }

    /** On the car of this elevator (its index in the level) when it stands at stop {@link #stop()}; -1 otherwise. */
    public int elevator() {
        return elevator;
    }

    /** The stop of {@link #elevator()} this place is on the car at, or -1. */
    public int stop() {
        return stop;
    }

    /** Too low for the body to stand: only flattened (pouring) does it fit here. */
    public boolean squeeze() {
        return squeeze;
    }

    /** The car is the only footing here: wait for it before stepping on. */
    public boolean carOnly() {
        return carOnly;
    }

    /** Standing here is standing in fire: the index of the fire in the level's hazards, or -1. */
    public int fire() {
        return fire;
    }

    /**
     * Lingering here a body would heat until it burns (near fire or molten steel): the index of the hazard heating
     * it most, or -1. Passing through is fine; an escort doesn't wait here. Not marked for a liquid body.
     */
    public int heat() {
        return heat;
    }
}
