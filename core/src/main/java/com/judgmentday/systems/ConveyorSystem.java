package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ConveyorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SizeComponent;
import com.judgmentday.components.TransformComponent;

/**
 * Belts carry what stands on them: a character's ground runs at the belt's speed (MovementSystem walks relative to
 * it), and a loose body resting on a belt is pulled up to its speed.
 */
public final class ConveyorSystem extends EntitySystem {
    /** How far feet may be from a belt's top and still stand on it, metres. */
    private static final float FEET = 0.12f;
    /** How fast a belt brings a loose body up to its speed, m/s². */
    private static final float GRIP = 20f;
    private ImmutableArray<Entity> belts;
    private ImmutableArray<Entity> characters;
    private ImmutableArray<Entity> loose;

    public ConveyorSystem(int priority) {
        super(priority);
    }

    @Override
    public void addedToEngine(Engine engine) {
        belts = engine.getEntitiesFor(Family.all(ConveyorComponent.class).get());
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class).get());
        loose = engine.getEntitiesFor(Family.all(SizeComponent.class, BodyComponent.class, TransformComponent.class)
                .exclude(CharacterComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < characters.size(); i++) {
            Entity entity = characters.get(i);
            CharacterComponent character = Mappers.CHARACTER.get(entity);
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            ConveyorComponent belt = character.groundContacts > 0 ? under(t.x, t.y - character.height / 2f) : null;
            character.groundSpeed = belt == null ? 0f : belt.speed;
        }
        if (belts.size() == 0) {
            return;
        }
        for (int i = 0; i < loose.size(); i++) {
            Entity entity = loose.get(i);
            Body body = Mappers.BODY.get(entity).body;
            if (body == null || body.getType() != BodyDef.BodyType.DynamicBody) {
                continue;
            }
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            ConveyorComponent belt = under(t.x, t.y - Mappers.SIZE.get(entity).height / 2f);
            if (belt == null) {
                continue;
            }
            Vector2 velocity = body.getLinearVelocity();
            if (Math.abs(velocity.y) > 0.5f) {
                continue;
            }
            float change = MathUtils.clamp(belt.speed - velocity.x, -GRIP * deltaTime, GRIP * deltaTime);
            Vector2 centre = body.getWorldCenter();
            body.applyLinearImpulse(change * body.getMass(), 0f, centre.x, centre.y, true);
        }
    }

    /** The belt whose top these feet stand on, or null. */
    private ConveyorComponent under(float x, float feet) {
        for (int i = 0; i < belts.size(); i++) {
            ConveyorComponent belt = Mappers.CONVEYOR.get(belts.get(i));
            if (x >= belt.left && x <= belt.right && Math.abs(feet - belt.top) <= FEET) {
                return belt;
            }
        }
        return null;
    }
}
