package com.judgmentday.systems;

import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.events.EventType;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventLog;
import com.judgmentday.physics.ContactRecord;
import com.judgmentday.physics.ContactRecorder;
import com.judgmentday.physics.FixtureRole;
import com.judgmentday.physics.FixtureTag;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.RunState;

/** Wins the level when the player's body enters an exit zone. */
public final class ExitSystem extends EntitySystem {
    private final ContactRecorder contacts;
    private final RunState state;
    private final EventLog events;

    public ExitSystem(int priority, ContactRecorder contacts, RunState state, EventLog events) {
        super(priority);
        this.contacts = contacts;
        this.state = state;
        this.events = events;
    }

    @Override
    public void update(float deltaTime) {
        if (state.outcome != Outcome.RUNNING) {
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            ContactRecord record = contacts.get(i);
            FixtureTag zone = record.withRole(FixtureRole.ZONE);
            if (zone == null || !record.begin) {
                continue;
            }
            FixtureTag visitor = record.other(zone);
            IdentityComponent zoneId = Mappers.IDENTITY.get(zone.entity);
            if (zoneId.kind == EntityKind.EXIT && visitor.role == FixtureRole.BODY && Mappers.PLAYER.has(visitor.entity)) {
                state.win("reached the " + zoneId.name);
                events.emit(EventType.LEVEL_EXIT, Mappers.IDENTITY.get(visitor.entity).name, zoneId.name);
                events.emit(EventType.LEVEL_WON, "level", "");
                return;
            }
        }
    }
}
