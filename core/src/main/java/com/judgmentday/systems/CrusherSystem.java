package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.CrusherComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;

/**
 * Crushers run their cycles on the tick clock; as a cycle ends one strikes every character inside its zone: its
 * damage (health reads it) and a throw out of the nearer side, so nobody is struck twice standing still. Machinery
 * that catches holds the arm of whoever it can ({@link Arms}) instead, and strikes only those it can't hold.
 */
public final class CrusherSystem extends EntitySystem {
    /** The speed a strike throws a body out at, sideways and up, m/s. */
    private static final float THROW_X = 9f;
    private static final float THROW_Y = 4f;
    private final EventLog events;
    private ImmutableArray<Entity> crushers;
    private ImmutableArray<Entity> characters;

    public CrusherSystem(int priority, EventLog events) {
        super(priority);
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        crushers = engine.getEntitiesFor(Family.all(CrusherComponent.class, ZoneComponent.class).get());
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class,
                BodyComponent.class, DamageComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < crushers.size(); i++) {
            Entity machine = crushers.get(i);
            CrusherComponent crusher = Mappers.CRUSHER.get(machine);
            if (++crusher.ticks < crusher.periodTicks) {
                continue;
            }
            crusher.ticks = 0;
            strike(machine, crusher, Mappers.ZONE.get(machine));
        }
    }

    private void strike(Entity machine, CrusherComponent crusher, ZoneComponent zone) {
        boolean catches = Mappers.CATCHES.has(machine);
        for (int i = 0; i < characters.size(); i++) {
            Entity entity = characters.get(i);
            CharacterComponent character = Mappers.CHARACTER.get(entity);
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            float halfWidth = character.def.width / 2f;
            float halfHeight = character.height / 2f;
            if (t.x + halfWidth <= zone.x || t.x - halfWidth >= zone.x + zone.width
                    || t.y + halfHeight <= zone.y || t.y - halfHeight >= zone.y + zone.height) {
                continue;
            }
            ArmComponent arm = Mappers.ARM.get(entity);
            if (catches && (arm != null && arm.caught || Arms.catchArm(entity, Mappers.IDENTITY.get(machine).name, events))) {
                // Teeth that hold an arm don't throw the body they hold.
                continue;
            }
            DamageComponent damage = Mappers.DAMAGE.get(entity);
            damage.bodyPoints += crusher.damage;
            damage.cause = "crusher";
            Body body = Mappers.BODY.get(entity).body;
            float side = t.x < zone.x + zone.width / 2f ? -1f : 1f;
            Vector2 velocity = body.getLinearVelocity();
            Vector2 centre = body.getWorldCenter();
            float mass = body.getMass();
            body.applyLinearImpulse((side * THROW_X - velocity.x) * mass, (THROW_Y - velocity.y) * mass, centre.x, centre.y,
                    true);
            events.count("crushed", 1);
        }
    }
}
