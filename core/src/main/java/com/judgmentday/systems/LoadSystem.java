package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.BodyFactory;

/**
 * Cuts the chains of loads that must fall: a beat's drop step, or a shot or blast at the chain of a cuttable one.
 * Once cut, a load is a loose body like a crate; it lands where it falls and can be stood on.
 */
public final class LoadSystem extends IteratingSystem {
    private final BodyFactory bodies;
    private final EventLog events;

    public LoadSystem(int priority, BodyFactory bodies, EventLog events) {
        super(Family.all(LoadComponent.class).get(), priority);
        this.bodies = bodies;
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        LoadComponent load = Mappers.LOAD.get(entity);
        DamageComponent chain = Mappers.DAMAGE.get(load.chain);
        boolean struck = chain.any();
        String cause = chain.cause;
        chain.clear();
        if (load.cut || !(load.release || (struck && load.def.cuttable))) {
            load.release = false;
            return;
        }
        bodies.cut(load.joint);
        load.joint = null;
        load.cut = true;
        load.release = false;
        IdentityComponent who = Mappers.IDENTITY.get(entity);
        events.event(EventType.LOAD_DROPPED).who(who.id, who.name).what(load.def.name)
                .detail(struck && load.def.cuttable ? "its chain was hit (" + cause + ")" : "a beat dropped it").emit();
    }
}
