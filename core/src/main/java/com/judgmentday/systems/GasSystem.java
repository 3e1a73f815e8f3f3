package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.GasComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.DamageDef;
import com.judgmentday.content.RoleDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;

/**
 * Tear gas: each cloud hangs for its time and is gone. Anyone of flesh inside one (the machines breathe nothing; a role
 * with a gas mask, SWAT, is spared) coughs: slowed to the tuning's gasSpeed, shooting nothing, for as long as they are
 * in it and gasLingerSeconds after; a person in it is frightened. Entering it is reported once.
 */
public final class GasSystem extends EntitySystem {
    private final ObjectMap<String, RoleDef> roles;
    private final EventLog events;
    private final int linger;
    private ImmutableArray<Entity> clouds;
    private ImmutableArray<Entity> characters;

    public GasSystem(int priority, DamageDef damage, ObjectMap<String, RoleDef> roles, EventLog events) {
        super(priority);
        this.roles = roles;
        this.events = events;
        this.linger = Math.max(1, Math.round(damage.gasLingerSeconds * Simulation.TICKS_PER_SECOND));
    }

    @Override
    public void addedToEngine(Engine engine) {
        clouds = engine.getEntitiesFor(Family.all(GasComponent.class).get());
        characters = engine.getEntitiesFor(Family.all(CharacterComponent.class, TransformComponent.class).get());
    }

    @Override
    public void update(float deltaTime) {
        for (int c = 0; c < characters.size(); c++) {
            Entity who = characters.get(c);
            CharacterComponent character = Mappers.CHARACTER.get(who);
            boolean was = character.gassedTicks > 0;
            if (was) {
                character.gassedTicks--;
            }
            if (clouds.size() == 0) {
                continue;
            }
            HealthComponent health = Mappers.HEALTH.get(who);
            if (health != null && health.out() || !breathes(who, character)) {
                continue;
            }
            TransformComponent at = Mappers.TRANSFORM.get(who);
            for (int i = 0; i < clouds.size(); i++) {
                GasComponent cloud = Mappers.GAS.get(clouds.get(i));
                if (cloud.covers(at.x, at.y)) {
                    character.gassedTicks = linger;
                    AwarenessComponent awareness = Mappers.AWARENESS.get(who);
                    if (awareness != null) {
                        awareness.level = 1f;
                        awareness.dangerX = cloud.x;
                        awareness.dangerY = cloud.y;
                    }
                    if (!was) {
                        events.event(EventType.CHARACTER_GASSED).who(Mappers.IDENTITY.get(who)).at(at.x, at.y)
                                .detail("coughing in the tear gas").emit();
                    }
                    break;
                }
            }
        }
        for (int i = clouds.size() - 1; i >= 0; i--) {
            Entity cloud = clouds.get(i);
            if (--Mappers.GAS.get(cloud).ticks <= 0) {
                getEngine().removeEntity(cloud);
            }
        }
    }

    /** Whether tear gas gets to it: flesh, and not a role that wears a mask. */
    private boolean breathes(Entity who, CharacterComponent character) {
        if (!"flesh".equals(character.def.surface)) {
            return false;
        }
        RoleDef role = Mappers.PERSON.has(who) ? roles.get(Mappers.PERSON.get(who).role) : null;
        return role == null || !role.gasMask;
    }
}
