package com.judgmentday.ai;

import com.badlogic.gdx.ai.utils.Location;
import com.badlogic.gdx.math.Vector2;

/** A point to steer toward, as gdx-ai's steering behaviours want it. */
public final class Waypoint implements Location<Vector2> {
    private final Vector2 position = new Vector2();
    private float orientation;

    public Waypoint set(float x, float y) {
        position.set(x, y);
        return this;
    }

    @Override
    public Vector2 getPosition() {
        return position;
    }

    @Override
    public float getOrientation() {
        return orientation;
    }

    @Override
    public void setOrientation(float orientation) {
        this.orientation = orientation;
    }

    @Override
    public Location<Vector2> newLocation() {
        return new Waypoint();
    }

    @Override
    public float vectorToAngle(Vector2 vector) {
        return (float) Math.atan2(-vector.x, vector.y);
    }

    @Override
    public Vector2 angleToVector(Vector2 outVector, float angle) {
        return outVector.set(-(float) Math.sin(angle), (float) Math.cos(angle));
    }
}
