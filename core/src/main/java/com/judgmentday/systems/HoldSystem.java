package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;

/**
 * A character a beat's {@code hold} step holds (the T-1000 pinning Sarah to the wall) stays where it is, wanting
 * nothing: no moving, striking or firing, for the step's time. Runs after the player's actions and the AI became
 * intents and before any is applied, as machinery's hold does.
 */
public final class HoldSystem extends IteratingSystem {
    public HoldSystem(int priority) {
        super(Family.all(CharacterComponent.class, MoveIntentComponent.class).get(), priority);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        if (body.heldTicks > 0) {
            body.heldTicks--;
            Mappers.INTENT.get(entity).clear();
        }
    }
}
