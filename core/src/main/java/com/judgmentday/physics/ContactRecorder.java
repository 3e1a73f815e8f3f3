package com.judgmentday.physics;

import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Contact;
import com.badlogic.gdx.physics.box2d.ContactImpulse;
import com.badlogic.gdx.physics.box2d.ContactListener;
import com.badlogic.gdx.physics.box2d.Manifold;
import com.badlogic.gdx.utils.Array;

/**
 * The world's contact listener. It records begins and ends, into reused records; systems read them at the start
 * of the next tick and decide what they mean. Before each solve it lets the T-1000 slip past a blocking body it
 * meets from above (a block holds from the side only).
 */
public final class ContactRecorder implements ContactListener {
    private final Array<ContactRecord> records = new Array<>(false, 64, ContactRecord.class);
    private int size;

    @Override
    public void beginContact(Contact contact) {
        record(contact, true);
    }

    @Override
    public void endContact(Contact contact) {
        record(contact, false);
    }

    @Override
    public void preSolve(Contact contact, Manifold oldManifold) {
        // Two characters touch only when one is a blocking body (the T-800) and the other the T-1000. The block
        // holds from the side; from above the T-1000 slips past rather than riding on its head.
        short a = contact.getFixtureA().getFilterData().categoryBits;
        short b = contact.getFixtureB().getFilterData().categoryBits;
        if ((a & b & CollisionBits.CHARACTER) != 0) {
            Vector2 normal = contact.getWorldManifold().getNormal();
            if (Math.abs(normal.y) > Math.abs(normal.x)) {
                contact.setEnabled(false);
            }
        }
    }

    @Override
    public void postSolve(Contact contact, ContactImpulse impulse) {
    }

    private void record(Contact contact, boolean begin) {
        Object a = contact.getFixtureA().getUserData();
        Object b = contact.getFixtureB().getUserData();
        if (!(a instanceof FixtureTag) || !(b instanceof FixtureTag)) {
            return;
        }
        if (size == records.size) {
            records.add(new ContactRecord());
        }
        ContactRecord record = records.items[size++];
        record.a = (FixtureTag) a;
        record.b = (FixtureTag) b;
        record.begin = begin;
    }

    public int size() {
        return size;
    }

    public ContactRecord get(int index) {
        return records.items[index];
    }

    /** Forgets what was recorded; called just before the world steps again. */
    public void clear() {
        for (int i = 0; i < size; i++) {
            records.items[i].a = null;
            records.items[i].b = null;
        }
        size = 0;
    }
}
