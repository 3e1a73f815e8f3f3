package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Contact;
import com.badlogic.gdx.physics.box2d.ContactImpulse;
import com.badlogic.gdx.physics.box2d.ContactListener;
import com.badlogic.gdx.physics.box2d.Fixture;
import com.badlogic.gdx.physics.box2d.Manifold;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PlatformComponent;
import com.badlogic.gdx.utils.Array;

/**
 * The world's contact listener. It records begins and ends, into reused records; systems read them at the start
 * of the next tick and decide what they mean. Before each solve it lets the T-1000 slip past a blocking body it
 * meets from above (a block holds from the side only), and lets through a one-way platform whatever isn't landing on
 * it from above.
 */
public final class ContactRecorder implements ContactListener {
    /** How far below a platform's top feet may be and still land on it (a tick's fall), metres. */
    private static final float FEET_TOLERANCE = 0.15f;
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
        // A one-way platform stops only what comes down on it from above; the rest passes (the only decision made
        // here, because Box2D asks it before solving the contact).
        Fixture a = contact.getFixtureA();
        Fixture b = contact.getFixtureB();
        Entity platformA = platform(a);
        Entity platformB = platform(b);
        if (platformA != null || platformB != null) {
            Fixture other = platformA != null ? b : a;
            PlatformComponent platform = Mappers.PLATFORM.get(platformA != null ? platformA : platformB);
            if (passes(other, platform.top)) {
                contact.setEnabled(false);
            }
            return;
        }
        // Two characters touch only when one is a blocking body (the T-800) and the other the T-1000. The block
        // holds from the side; from above the T-1000 slips past rather than riding on its head.
        short categoryA = a.getFilterData().categoryBits;
        short categoryB = b.getFilterData().categoryBits;
        if ((categoryA & categoryB & CollisionBits.CHARACTER) != 0) {
            Vector2 normal = contact.getWorldManifold().getNormal();
            if (Math.abs(normal.y) > Math.abs(normal.x)) {
                contact.setEnabled(false);
            }
        }
    }

    private static Entity platform(Fixture fixture) {
        Object tag = fixture.getUserData();
        Entity entity = tag instanceof FixtureTag ? ((FixtureTag) tag).entity : null;
        return entity != null && Mappers.PLATFORM.has(entity) ? entity : null;
    }

    /** A body passes a platform unless its lowest point rests on or above the platform's top (and it isn't dropping). */
    private static boolean passes(Fixture fixture, float top) {
        Body body = fixture.getBody();
        Object tag = fixture.getUserData();
        Entity entity = tag instanceof FixtureTag ? ((FixtureTag) tag).entity : null;
        CharacterComponent character = entity == null ? null : Mappers.CHARACTER.get(entity);
        if (character != null) {
            return character.dropTicks > 0 || body.getPosition().y - character.height / 2f < top - FEET_TOLERANCE;
        }
        return body.getPosition().y < top || body.getLinearVelocity().y > 0f;
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
