package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.PlatformComponent;
import com.judgmentday.components.TransformComponent;

/**
 * Who stands on a one-way platform (foot sensors don't feel them, so a body passing up through one is not
 * grounded): feet at its top, not rising; standing on one counts as a ground contact. Down and Jump there drop
 * through instead of jumping.
 */
public final class PlatformSystem extends EntitySystem {
    /** How long a drop lets the body through platforms, ticks: time to fall clear of the edge. */
    private static final int DROP_TICKS = 15;
    /** How close to a platform's top feet stand on it, metres (ContactRecorder holds them there). */
    private static final float STAND = 0.06f;
    private ImmutableArray<Entity> platforms;
    private ImmutableArray<Entity> characters;

    public PlatformSystem(int priority) {
        super(priority);
    }

    @Override
    public void addedToEngine(Engine engine) {
        platforms = engine.getEntitiesFor(Family.all(PlatformComponent.class).get());
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class,
                BodyComponent.class, MoveIntentComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < characters.size(); i++) {
            Entity entity = characters.get(i);
            CharacterComponent character = Mappers.CHARACTER.get(entity);
            if (character.dropTicks > 0) {
                character.dropTicks--;
            }
            stand(character, character.dropTicks == 0 && standing(entity, character));
            MoveIntentComponent intent = Mappers.INTENT.get(entity);
            if (character.onPlatform && intent.jump && intent.moveY < 0f && character.groundContacts == 1) {
                character.dropTicks = DROP_TICKS;
                stand(character, false);
                intent.jump = false;
                // A body at rest sleeps, and a sleeping body's contacts are not looked at again: wake it to fall.
                Mappers.BODY.get(entity).body.setAwake(true);
            }
        }
    }

    /** A platform stood on counts as one ground contact, so whoever asks whether a body is grounded sees it. */
    private static void stand(CharacterComponent character, boolean on) {
        if (on != character.onPlatform) {
            character.groundContacts += on ? 1 : -1;
            character.onPlatform = on;
        }
    }

    private boolean standing(Entity entity, CharacterComponent character) {
        Body body = Mappers.BODY.get(entity).body;
        if (body == null || body.getLinearVelocity().y > 0.1f) {
            return false;
        }
        TransformComponent t = Mappers.TRANSFORM.get(entity);
        float feet = t.y - character.height / 2f;
        float half = character.def.width / 2f;
        for (int i = 0; i < platforms.size(); i++) {
            PlatformComponent platform = Mappers.PLATFORM.get(platforms.get(i));
            if (t.x + half > platform.minX && t.x - half < platform.maxX && Math.abs(feet - platform.top) <= STAND) {
                return true;
            }
        }
        return false;
    }
}
