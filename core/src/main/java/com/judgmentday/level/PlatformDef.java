package com.judgmentday.level;

/** A one-way platform: its top edge, metres; stood on from above, passed through from below. */
public final class PlatformDef {
    public int objectId;
    public String name;
    public float minX;
    public float maxX;
    public float top;
}
