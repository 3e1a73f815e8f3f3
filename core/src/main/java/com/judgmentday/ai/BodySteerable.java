package com.judgmentday.ai;

import com.badlogic.gdx.ai.steer.Steerable;
import com.badlogic.gdx.ai.utils.Location;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;

/**
 * A Box2D body as gdx-ai sees a steerable agent: position, velocity and limits, read from the body on
 * demand. Steering output is never applied here: the AI turns it into a movement intent.
 */
public final class BodySteerable implements Steerable<Vector2> {
    private Body body;
    private final Vector2 position = new Vector2();
    private final Vector2 velocity = new Vector2();
    private float maxSpeed = 1f;
    private float maxAcceleration = 1f;
    private float boundingRadius = 0.4f;
    private boolean tagged;

    public BodySteerable(Body body, float maxSpeed, float maxAcceleration, float boundingRadius) {
        this.body = body;
        this.maxSpeed = maxSpeed;
        this.maxAcceleration = maxAcceleration;
        this.boundingRadius = boundingRadius;
    }

    public void setBody(Body body) {
        this.body = body;
    }

    @Override
    public Vector2 getLinearVelocity() {
        return velocity.set(body.getLinearVelocity());
    }

    @Override
    public float getAngularVelocity() {
        return 0f;
    }

    @Override
    public float getBoundingRadius() {
        return boundingRadius;
    }

    @Override
    public boolean isTagged() {
        return tagged;
    }

    @Override
    public void setTagged(boolean tagged) {
        this.tagged = tagged;
    }

    @Override
    public Vector2 getPosition() {
        return position.set(body.getPosition());
    }

    @Override
    public float getOrientation() {
        return 0f;
    }

    @Override
    public void setOrientation(float orientation) {
    }

    @Override
    public float vectorToAngle(Vector2 vector) {
        return (float) Math.atan2(-vector.x, vector.y);
    }

    @Override
    public Vector2 angleToVector(Vector2 outVector, float angle) {
        return outVector.set(-(float) Math.sin(angle), (float) Math.cos(angle));
    }

    @Override
    public Location<Vector2> newLocation() {
        return new Waypoint();
    }

    @Override
    public float getZeroLinearSpeedThreshold() {
        return 0.01f;
    }

    @Override
    public void setZeroLinearSpeedThreshold(float value) {
    }

    @Override
    public float getMaxLinearSpeed() {
        return maxSpeed;
    }

    @Override
    public void setMaxLinearSpeed(float maxLinearSpeed) {
        this.maxSpeed = maxLinearSpeed;
    }

    @Override
    public float getMaxLinearAcceleration() {
        return maxAcceleration;
    }

    @Override
    public void setMaxLinearAcceleration(float maxLinearAcceleration) {
        this.maxAcceleration = maxLinearAcceleration;
    }

    @Override
    public float getMaxAngularSpeed() {
        return 0f;
    }

    @Override
    public void setMaxAngularSpeed(float maxAngularSpeed) {
    }

    @Override
    public float getMaxAngularAcceleration() {
        return 0f;
    }

    @Override
    public void setMaxAngularAcceleration(float maxAngularAcceleration) {
    }
}
