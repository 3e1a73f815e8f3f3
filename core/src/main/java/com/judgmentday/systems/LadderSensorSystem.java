package com.judgmentday.systems;

import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.physics.ContactRecord;
import com.judgmentday.physics.ContactRecorder;
import com.judgmentday.physics.FixtureRole;
import com.judgmentday.physics.FixtureTag;

/**
 * Counts the ladders and chains each character overlaps, from the contacts the last step recorded, and notes the middle
 * of the last one it reached.
 */
public final class LadderSensorSystem extends EntitySystem {
    private final ContactRecorder contacts;

    public LadderSensorSystem(int priority, ContactRecorder contacts) {
        super(priority);
        this.contacts = contacts;
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactRecord record = contacts.get(i);
            FixtureTag zone = record.withRole(FixtureRole.ZONE);
            if (zone == null || Mappers.IDENTITY.get(zone.entity).kind != EntityKind.LADDER) {
                continue;
            }
            FixtureTag visitor = record.other(zone);
            CharacterComponent character = visitor.role == FixtureRole.BODY ? Mappers.CHARACTER.get(visitor.entity) : null;
            if (character != null) {
                character.climbContacts = Math.max(0, character.climbContacts + (record.begin ? 1 : -1));
                if (record.begin) {
                    ZoneComponent ladder = Mappers.ZONE.get(zone.entity);
                    character.climbX = ladder.x + ladder.width / 2f;
                    character.climbTop = ladder.y + ladder.height;
                }
            }
        }
    }
}
