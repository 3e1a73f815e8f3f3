package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** The width and height of a box-shaped body (crates), metres. */
public final class SizeComponent implements Component, Hashed {
    public float width;
    public float height;

    @Override
    public void hash(StateHash out) {
        out.add(width).add(height);
    }
}
