package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** The outline of static level geometry in metres, as the renderer and debug views need it. */
public final class ShapeComponent implements Component, Hashed {
    /** x0, y0, x1, y1, ... */
    public float[] vertices;
    /** True for rectangles and polygons, false for polylines (edge chains). */
    public boolean closed;
    /** Drawn as bars rather than ground. */
    public boolean bars;
    /** Drawn as a door. */
    public boolean door;
    /** Drawn as a breakable (glass, wall, wood), not as ground. */
    public boolean breakable;

    @Override
    public void hash(StateHash out) {
        out.add(vertices).add(closed).add(bars).add(door).add(breakable);
    }
}
