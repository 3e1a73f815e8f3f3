package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A one-way platform's top edge, metres: bodies from below pass it, feet on it stand. */
public final class PlatformComponent implements Component, Hashed {
    public float minX;
    public float maxX;
    public float top;

    @Override
    public void hash(StateHash out) {
        out.add(minX).add(maxX).add(top);
    }
}
