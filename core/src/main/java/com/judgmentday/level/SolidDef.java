package com.judgmentday.level;

/** Static ground: a closed outline (rectangles, polygons) or an open polyline, in metres. */
public final class SolidDef {
    public int objectId;
    /** x0, y0, x1, y1, ... */
    public float[] vertices;
    public boolean closed;
    /** True when the outline is an axis-aligned rectangle (cheaper as a box). */
    public boolean box;
    /** What it is made of (the schema's material choices). */
    public String material = "earth";
    /** A door (closed, for now): solid, drawn as a door; the T-1000 pours under it when there is a gap. */
    public boolean door;
    /** Cell bars or a grate: solid to people; the T-1000 will pour through (its issue adds that). */
    public boolean bars;
    /** A breakable: drawn by its own drawer, and its body stops blocking once broken. */
    public boolean breakable;
}
