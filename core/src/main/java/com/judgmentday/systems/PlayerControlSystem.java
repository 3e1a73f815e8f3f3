package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;

/**
 * Turns the player's actions into the intents movement and combat act on. Up or down alone, on the floor beside a
 * ladder or chain but not on it, steps the player to it: testers pressed W a step from a chain, nothing happened, and
 * they learned to stand "pixel-exact" on it (rounds 13-23).
 */
public final class PlayerControlSystem extends IteratingSystem {
    /** How far beyond touching a ladder up or down alone still steps to it, metres (a body's edge to the ladder's). */
    static final float GRAB_REACH = 0.9f;
    /** The share of its running speed it steps at. */
    private static final float STEP = 0.5f;
    /** Within this of a ladder's middle, a climber is on it, metres. */
    private static final float CENTRED = 0.1f;
    /** A ladder down whose top is this little below the feet still starts at the floor, metres. */
    private static final float FLOOR_SLACK = 0.02f;
    private ImmutableArray<Entity> zones;

    public PlayerControlSystem(int priority) {
        super(Family.all(InputComponent.class, MoveIntentComponent.class).get(), priority);
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        zones = engine.getEntitiesFor(Family.all(ZoneComponent.class, IdentityComponent.class).get());
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
        intent.keepFacing = false;
        if (intent.moveX == 0f && intent.moveY != 0f) {
            intent.moveX = towardLadder(entity, intent.moveY > 0f);
            intent.keepFacing = intent.moveX != 0f;
        }
        // A jump is a press, not a hold: holding the button does not bounce.
        intent.jump = now.has(Action.JUMP) && !input.previous.has(Action.JUMP);
        intent.fire = now.has(Action.FIRE);
        intent.melee = now.has(Action.ALT_FIRE);
        intent.reload = now.has(Action.RELOAD);
        intent.switchWeapon = now.has(Action.SWITCH_WEAPON);
        input.previous.setAll(now);
    }

    /**
     * Which way (and how fast, a share of running speed) to step to the nearest ladder within reach that goes the way
     * pressed from where the feet are: up past the head, or down below the floor; climbing, to its middle. 0 touching one
     * not yet climbed, in the air, or none.
     */
    private float towardLadder(Entity entity, boolean up) {
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        if (body == null || at == null) {
            return 0f;
        }
        if (body.climbing) {
            // Taken hold at arm's length: on to the middle, as it climbs.
            float dx = body.climbX - at.x;
            return Math.abs(dx) <= CENTRED ? 0f : dx > 0f ? STEP : -STEP;
        }
        if (body.climbContacts > 0 || body.groundContacts == 0) {
            return 0f;
        }
        float feet = at.y - body.height / 2f;
        float best = Float.MAX_VALUE;
        float way = 0f;
        for (int i = 0; i < zones.size(); i++) {
            Entity zone = zones.get(i);
            if (Mappers.IDENTITY.get(zone).kind != EntityKind.LADDER) {
                continue;
            }
            ZoneComponent ladder = Mappers.ZONE.get(zone);
            // Down: one whose top is at the floor, where the body touches it once beside it (one a little below would
            // never be touched, and the step would swing about its middle).
            boolean goes = up ? ladder.y <= feet + 0.3f && ladder.y + ladder.height > feet + body.height
                    : ladder.y < feet - 0.3f && ladder.y + ladder.height >= feet - FLOOR_SLACK;
            float dx = ladder.x + ladder.width / 2f - at.x;
            float gap = Math.abs(dx) - ladder.width / 2f - body.def.width / 2f;
            if (goes && gap <= GRAB_REACH && Math.abs(dx) > CENTRED && Math.abs(dx) < best) {
                best = Math.abs(dx);
                way = dx > 0f ? STEP : -STEP;
            }
        }
        return way;
    }
}
