package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Where an entity is now and was one tick ago (metres, radians), so rendering can interpolate. */
public final class TransformComponent implements Component, Hashed {
    public float x;
    public float y;
    public float angle;
    public float prevX;
    public float prevY;
    public float prevAngle;

    @Override
    public void hash(StateHash out) {
        out.add(x).add(y).add(angle).add(prevX).add(prevY).add(prevAngle);
    }
}
