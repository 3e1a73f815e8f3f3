package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.TuningDef;
import com.judgmentday.physics.BodyFactory;

/**
 * Steps the Box2D world one fixed tick (after destroying the bodies of removed entities) and copies each
 * body's transform back, keeping the previous one.
 */
public final class PhysicsSystem extends EntitySystem {
    private final World world;
    private final BodyFactory bodies;
    private final int velocityIterations;
    private final int positionIterations;
    private ImmutableArray<Entity> entities;
    private long stepNanos;

    public PhysicsSystem(int priority, World world, BodyFactory bodies, TuningDef tuning) {
        super(priority);
        this.world = world;
        this.bodies = bodies;
        this.velocityIterations = tuning.velocityIterations;
        this.positionIterations = tuning.positionIterations;
    }

    @Override
    public void addedToEngine(Engine engine) {
        entities = engine.getEntitiesFor(Family.all(BodyComponent.class, TransformComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < entities.size(); i++) {
            TransformComponent t = Mappers.TRANSFORM.get(entities.get(i));
            t.prevX = t.x;
            t.prevY = t.y;
            t.prevAngle = t.angle;
        }
        // Bodies of entities removed since the last step go now, outside world.step and before it, so a
        // dead entity never touches anything again; the contact ends this fires are read next tick.
        bodies.flushDestroyed();
        long start = System.nanoTime();
        world.step(deltaTime, velocityIterations, positionIterations);
        stepNanos += System.nanoTime() - start;
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            Body body = Mappers.BODY.get(entity).body;
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            Vector2 position = body.getPosition();
            t.x = position.x;
            t.y = position.y;
            t.angle = body.getAngle();
        }
    }

    /** Wall time spent inside {@code world.step} so far, nanoseconds: the physics floor of a tick (the benchmark's; not state). */
    public long stepNanos() {
        return stepNanos;
    }
}
