package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.physics.box2d.Body;

/** The Box2D body of an entity; created and destroyed only by the BodyFactory. */
public final class BodyComponent implements Component {
    public Body body;
}
