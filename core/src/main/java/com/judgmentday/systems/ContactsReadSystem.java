package com.judgmentday.systems;

import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.physics.ContactRecorder;

/**
 * Forgets the recorded contacts once every sense has read them. Contacts recorded later in the tick (a
 * fixture reshaped, a body destroyed, the physics step itself) wait for the next tick's senses.
 */
public final class ContactsReadSystem extends EntitySystem {
    private final ContactRecorder contacts;

    public ContactsReadSystem(int priority, ContactRecorder contacts) {
        super(priority);
        this.contacts = contacts;
    }

    @Override
    public void update(float deltaTime) {
        contacts.clear();
    }
}
