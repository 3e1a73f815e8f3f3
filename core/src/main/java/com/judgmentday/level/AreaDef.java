package com.judgmentday.level;

/** A rectangle of the level (crate, exit), lower-left corner and size in metres. */
public final class AreaDef {
    public int objectId;
    public String name;
    public float x;
    public float y;
    public float width;
    public float height;
    /** Camera zones: 1 is the normal view, 2 shows twice as much. */
    public float zoom = 1f;
}
