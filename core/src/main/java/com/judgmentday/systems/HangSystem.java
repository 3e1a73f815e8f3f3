package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HungComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.level.HazardDef;

/**
 * Characters hung from a load (a beat's hang step) hang by a raised hand from its bottom: no controls, no weight of
 * their own, carried wherever the load goes. Lowered into molten steel, one sinks: its body leaves the world at
 * once (no heat, no harm, no casualty: it chose it) and {@code character.sank} is told; it is drawn going under
 * with the load until its hand is below the surface, then gone.
 */
public final class HangSystem extends EntitySystem {
    /** Between the load's bottom and the raised hand, so the two bodies never press on each other, metres. */
    private static final float GAP = 0.03f;
    private final EventLog events;
    private ImmutableArray<Entity> hung;
    private ImmutableArray<Entity> hazards;

    public HangSystem(int priority, EventLog events) {
        super(priority);
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        hung = engine.getEntitiesFor(Family.all(HungComponent.class, CharacterComponent.class, BodyComponent.class,
                MoveIntentComponent.class).get());
        hazards = engine.getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < hung.size(); i++) {
            hang(hung.get(i));
        }
    }

    private void hang(Entity entity) {
        HungComponent hanging = Mappers.HUNG.get(entity);
        Mappers.INTENT.get(entity).clear();
        LoadComponent load = Mappers.LOAD.get(hanging.load);
        BodyComponent hook = Mappers.BODY.get(hanging.load);
        Body from = hook == null ? null : hook.body;
        Body body = Mappers.BODY.get(entity).body;
        if (load == null || from == null || body == null) {
            return;
        }
        float angle = from.getAngle();
        float bottom = (Math.abs(MathUtils.cos(angle)) * load.def.height + Math.abs(MathUtils.sin(angle)) * load.def.width) / 2f;
        float halfHeight = Mappers.CHARACTER.get(entity).height / 2f;
        float x = from.getPosition().x;
        float y = from.getPosition().y - bottom - halfHeight - GAP;
        body.setTransform(x, y, body.getAngle());
        if (hanging.sunk) {
            return;
        }
        body.setGravityScale(0f);
        body.setLinearVelocity(from.getLinearVelocity());
        float surface = molten(x, Mappers.CHARACTER.get(entity).def.width / 2f, y - halfHeight);
        if (!Float.isNaN(surface)) {
            hanging.sunk = true;
            hanging.surface = surface;
            body.setLinearVelocity(0f, 0f);
            body.setActive(false);
            events.event(EventType.CHARACTER_SANK).who(Mappers.IDENTITY.get(entity)).what(load.def.name)
                    .detail(Mappers.IDENTITY.get(entity).name + " sank into the molten steel").emit();
        }
    }

    /** The surface of the molten steel the feet at (x, feet) are in, or NaN. */
    private float molten(float x, float halfWidth, float feet) {
        for (int i = 0; i < hazards.size(); i++) {
            Entity hazard = hazards.get(i);
            ZoneComponent zone = Mappers.ZONE.get(hazard);
            float top = zone.y + zone.height;
            if (Mappers.HAZARD.get(hazard).kind == HazardDef.Kind.MOLTEN && zone.width > 0f && zone.height > 0f
                    && x + halfWidth > zone.x && x - halfWidth < zone.x + zone.width && feet <= top && feet >= zone.y) {
                return top;
            }
        }
        return Float.NaN;
    }
}
