package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Simulation;

/**
 * Whoever machinery holds by the arm stays where it was caught, its hands busy (no moving, jumping or firing),
 * while the player holds Interact: after the def's {@code cutFreeSeconds} of it the arm is cut free and the
 * character fights on one-armed. Runs after the player's actions and the AI became intents and before movement.
 */
public final class CaughtSystem extends IteratingSystem {
    private final EventLog events;

    public CaughtSystem(int priority, EventLog events) {
        super(Family.all(ArmComponent.class, CharacterComponent.class, MoveIntentComponent.class, BodyComponent.class).get(),
                priority);
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        ArmComponent arm = Mappers.ARM.get(entity);
        if (!arm.caught) {
            return;
        }
        Mappers.INTENT.get(entity).clear();
        Body body = Mappers.BODY.get(entity).body;
        // Held by the arm: blows and pushes move it only until the machinery pulls it back next tick.
        body.setTransform(arm.anchorX, body.getPosition().y, body.getAngle());
        body.setLinearVelocity(0f, Math.min(0f, body.getLinearVelocity().y));
        InputComponent input = Mappers.INPUT.get(entity);
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (input == null || !input.current.has(Action.INTERACT) || health != null && health.out()) {
            return;
        }
        float seconds = Mappers.CHARACTER.get(entity).def.cutFreeSeconds;
        if (++arm.cutTicks >= Math.round(seconds * Simulation.TICKS_PER_SECOND)) {
            events.event(EventType.ARM_CUT_FREE).who(Mappers.IDENTITY.get(entity)).what(arm.machine)
                    .detail("cut free of " + Titles.the(arm.machine) + ", one-armed from now on").emit();
            Arms.lose(entity, events);
        }
    }

    /** How far the caught character is through cutting free, 0 to 1 (for the HUD). */
    public static float progress(Entity entity) {
        ArmComponent arm = Mappers.ARM.get(entity);
        if (arm == null || !arm.caught) {
            return 0f;
        }
        float ticks = Mappers.CHARACTER.get(entity).def.cutFreeSeconds * Simulation.TICKS_PER_SECOND;
        return ticks <= 0f ? 0f : Math.min(1f, arm.cutTicks / ticks);
    }
}
