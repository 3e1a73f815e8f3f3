package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;

/**
 * The T-1000's shape: it flattens to pour under doors and through low gaps when it means to, and stands
 * up again once it no longer means to and there is room above it.
 */
public final class LiquidFormSystem extends IteratingSystem {
    private final BodyFactory bodies;
    private final World world;
    private final EventLog events;
    private final ClosestHit ray = new ClosestHit();

    public LiquidFormSystem(int priority, BodyFactory bodies, World world, EventLog events) {
        super(Family.all(LiquidComponent.class, CharacterComponent.class, MoveIntentComponent.class, BodyComponent.class).get(),
                priority);
        this.bodies = bodies;
        this.world = world;
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        LiquidComponent liquid = Mappers.LIQUID.get(entity);
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        boolean wants = Mappers.INTENT.get(entity).squeeze && character.def.squeezeHeight > 0f;
        Body body = Mappers.BODY.get(entity).body;
        if (wants && !liquid.squeezed) {
            bodies.reshapeCharacter(body, entity, character.def, character.height, character.def.squeezeHeight, true);
            character.height = character.def.squeezeHeight;
            liquid.squeezed = true;
            events.event(EventType.T1000_POURED).who(Mappers.IDENTITY.get(entity)).detail("flattens to pour through a low gap")
                    .emit();
        } else if (!wants && liquid.squeezed && roomToStand(body, character)) {
            bodies.reshapeCharacter(body, entity, character.def, character.height, character.def.height, true);
            character.height = character.def.height;
            liquid.squeezed = false;
        }
    }

    /** Nothing solid over either side of the body, up to its full height (bars and people don't count). */
    private boolean roomToStand(Body body, CharacterComponent character) {
        float x = body.getPosition().x;
        float feet = body.getPosition().y - character.height / 2f;
        float top = feet + character.def.height;
        float half = character.def.width / 2f - 0.02f;
        short passThrough = (short) (CollisionBits.BARS | CollisionBits.CHARACTER);
        return !ray.cast(world, body, passThrough, x - half, feet + 0.05f, x - half, top)
                && !ray.cast(world, body, passThrough, x + half, feet + 0.05f, x + half, top);
    }
}
