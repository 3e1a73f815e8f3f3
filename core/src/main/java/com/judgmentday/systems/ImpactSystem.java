package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.components.BreakableComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.ContactRecord;
import com.judgmentday.physics.ContactRecorder;
import com.judgmentday.physics.FixtureRole;
import com.judgmentday.physics.FixtureTag;

/**
 * Reads how hard bodies met in the last physics step (the approach speed the contact listener recorded): a body thrown
 * into a breakable at its toughness or faster breaks it (BreakableSystem, this tick); a load striking a character at
 * its hit speed or faster leaves its damage and a knock on them, for health (people go down) or the T-1000's liquid
 * body (it splashes back) to read.
 */
public final class ImpactSystem extends EntitySystem {
    private final ContactRecorder contacts;
    private final EventLog events;

    public ImpactSystem(int priority, ContactRecorder contacts, EventLog events) {
        super(priority);
        this.contacts = contacts;
        this.events = events;
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactRecord record = contacts.get(i);
            if (!record.begin || record.speed <= 0f || record.a.role != FixtureRole.BODY
                    || record.b.role != FixtureRole.BODY) {
                continue;
            }
            struck(record, record.a, record.b);
            struck(record, record.b, record.a);
        }
    }

    /** {@code hitter} met {@code hit} as the record says. */
    private void struck(ContactRecord record, FixtureTag hit, FixtureTag hitter) {
        Entity target = hit.entity;
        BreakableComponent breakable = Mappers.BREAKABLE.get(target);
        if (breakable != null && record.shatters && !breakable.broken && breakable.struckBy == null) {
            breakable.struckBy = hitter.entity;
            return;
        }
        LoadComponent load = Mappers.LOAD.get(hitter.entity);
        CharacterComponent character = Mappers.CHARACTER.get(target);
        DamageComponent damage = Mappers.DAMAGE.get(target);
        if (load == null || character == null || damage == null || record.speed < load.def.hitSpeed) {
            return;
        }
        // The record's normal points from a to b: turned round when the load is b, it points at the one hit.
        float toward = hitter == record.a ? 1f : -1f;
        float impulse = load.def.mass * record.speed;
        damage.impulseX += record.normalX * toward * impulse;
        damage.impulseY += record.normalY * toward * impulse;
        if (load.def.lethal) {
            damage.bodyPoints += load.def.damage;
        } else {
            // Legs: people go down and get up again; a load never kills them unless its data says it can.
            damage.legPoints += load.def.damage;
        }
        damage.cause = "load";
        IdentityComponent who = Mappers.IDENTITY.get(hitter.entity);
        IdentityComponent whom = Mappers.IDENTITY.get(target);
        events.event(EventType.LOAD_HIT).who(who.id, who.name).whom(whom.id, whom.name).what(load.def.name)
                .amount(record.speed).emit();
    }
}
