package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** An axis-aligned area of the level (metres, lower-left corner) with a rule attached by its kind. */
public final class ZoneComponent implements Component, Hashed {
    public float x;
    public float y;
    public float width;
    public float height;

    /** The point (x, y) lies inside the area, edges included. */
    public boolean contains(float px, float py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    @Override
    public void hash(StateHash out) {
        out.add(x).add(y).add(width).add(height);
    }
}
