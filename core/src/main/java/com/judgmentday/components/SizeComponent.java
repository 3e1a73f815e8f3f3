package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** The width and height of a box-shaped body (crates), metres. */
public final class SizeComponent implements Component {
    public float width;
    public float height;
}
