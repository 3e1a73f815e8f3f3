package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.BreakableComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ShapeComponent;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.BodyFactory;
import com.judgmentday.sim.RunState;

/**
 * Breakables take the damage shots and blasts leave on them; at zero, or struck by a body thrown into them hard
 * enough (ImpactSystem), they break: the body stops blocking, the run notes it (navigation is built again without
 * it) and {@code breakable.broken} is told with who broke it and where, for debris.
 */
public final class BreakableSystem extends IteratingSystem {
    private final BodyFactory bodies;
    private final EventLog events;
    private final RunState state;

    public BreakableSystem(int priority, BodyFactory bodies, EventLog events, RunState state) {
        super(Family.all(BreakableComponent.class, DamageComponent.class, BodyComponent.class, ShapeComponent.class).get(),
                priority);
        this.bodies = bodies;
        this.events = events;
        this.state = state;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        BreakableComponent breakable = Mappers.BREAKABLE.get(entity);
        DamageComponent damage = Mappers.DAMAGE.get(entity);
        Entity breaker = breakable.struckBy;
        breakable.struckBy = null;
        if (breakable.broken || (!damage.any() && breaker == null)) {
            damage.clear();
            return;
        }
        breakable.hitPoints -= damage.bodyPoints + damage.legPoints;
        damage.clear();
        if (breakable.hitPoints > 0f && breaker == null) {
            return;
        }
        breakable.broken = true;
        bodies.open(Mappers.BODY.get(entity).body);
        state.openings.add(breakable.objectId);
        float[] v = Mappers.SHAPE.get(entity).vertices;
        IdentityComponent who = Mappers.IDENTITY.get(breaker != null ? breaker : entity);
        events.event(EventType.BREAKABLE_BROKEN).who(who.id, who.name).what(Mappers.IDENTITY.get(entity).name)
                .detail(breakable.material).at((v[0] + v[4]) / 2f, (v[1] + v[5]) / 2f).emit();
    }
}
