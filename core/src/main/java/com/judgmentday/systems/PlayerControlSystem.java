package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;

/** Turns the player's actions into the intents movement and combat act on. */
public final class PlayerControlSystem extends IteratingSystem {
    public PlayerControlSystem(int priority) {
        super(Family.all(InputComponent.class, MoveIntentComponent.class).get(), priority);
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        InputComponent input = Mappers.INPUT.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        ActionSet now = input.current;
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (health != null && health.out()) {
            // Shut down: nothing the player presses moves it.
            intent.clear();
            input.previous.setAll(now);
            return;
        }
        intent.moveX = (now.has(Action.RIGHT) ? 1f : 0f) - (now.has(Action.LEFT) ? 1f : 0f);
        intent.moveY = (now.has(Action.UP) ? 1f : 0f) - (now.has(Action.DOWN) ? 1f : 0f);
        // A jump is a press, not a hold: holding the button does not bounce.
        intent.jump = now.has(Action.JUMP) && !input.previous.has(Action.JUMP);
        intent.fire = now.has(Action.FIRE);
        intent.melee = now.has(Action.ALT_FIRE);
        intent.reload = now.has(Action.RELOAD);
        intent.switchWeapon = now.has(Action.SWITCH_WEAPON);
        input.previous.setAll(now);
    }
}
