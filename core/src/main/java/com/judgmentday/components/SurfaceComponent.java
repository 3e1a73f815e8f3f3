package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** What a solid is made of: sounds, sparks, and the patterns the T-1000 takes on where it touches. */
public final class SurfaceComponent implements Component, Hashed {
    public String material = "earth";

    @Override
    public void hash(StateHash out) {
        out.add(material);
    }
}
