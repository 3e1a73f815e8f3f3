package com.judgmentday.level;

/** The geometry a Tiled object has. */
public enum ObjectShape {
    POINT,
    RECTANGLE,
    POLYGON,
    POLYLINE,
    ELLIPSE,
    /** A tile placed as an object (art). */
    TILE,
    TEXT
}
