package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;

/** The Box2D body of an entity; created and destroyed only by the BodyFactory. */
public final class BodyComponent implements Component, Hashed {
    public Body body;

    /** The body's motion as Box2D holds it (the transform copied from it lags a step behind a teleport). */
    @Override
    public void hash(StateHash out) {
        if (body == null) {
            out.add(-1);
            return;
        }
        Vector2 at = body.getPosition();
        out.add(at.x).add(at.y).add(body.getAngle());
        Vector2 v = body.getLinearVelocity();
        out.add(v.x).add(v.y).add(body.getAngularVelocity()).add(body.isAwake()).add(body.isActive());
    }
}
