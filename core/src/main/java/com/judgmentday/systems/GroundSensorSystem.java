package com.judgmentday.systems;

import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SurfaceComponent;
import com.judgmentday.physics.ContactRecord;
import com.judgmentday.physics.ContactRecorder;
import com.judgmentday.physics.FixtureRole;
import com.judgmentday.physics.FixtureTag;

/** Counts what each character's foot sensor touches, from the contacts the last step recorded. */
public final class GroundSensorSystem extends EntitySystem {
    private final ContactRecorder contacts;

    public GroundSensorSystem(int priority, ContactRecorder contacts) {
        super(priority);
        this.contacts = contacts;
    }

    @Override
    public void update(float deltaTime) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactRecord record = contacts.get(i);
            FixtureTag foot = record.withRole(FixtureRole.FOOT);
            if (foot == null || record.other(foot).role != FixtureRole.BODY) {
                continue;
            }
            CharacterComponent character = Mappers.CHARACTER.get(foot.entity);
            if (character != null) {
                character.groundContacts = Math.max(0, character.groundContacts + (record.begin ? 1 : -1));
                ElevatorComponent lift = Mappers.ELEVATOR.get(record.other(foot).entity);
                if (lift != null) {
                    lift.riders = Math.max(0, lift.riders + (record.begin ? 1 : -1));
                }
                SurfaceComponent surface = Mappers.SURFACE.get(record.other(foot).entity);
                if (record.begin && surface != null) {
                    character.groundMaterial = surface.material;
                }
            }
        }
    }
}
