package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Contact;
import com.badlogic.gdx.physics.box2d.ContactImpulse;
import com.badlogic.gdx.physics.box2d.ContactListener;
import com.badlogic.gdx.physics.box2d.Fixture;
import com.badlogic.gdx.physics.box2d.Manifold;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.WorldManifold;
import com.judgmentday.components.BreakableComponent;
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
        ContactRecord record = record(contact, true);
        if (record != null) {
            // Box2D calls this before it solves the step: the bodies still move as they met.
            record.speed = approach(contact);
            Vector2 normal = contact.getWorldManifold().getNormal();
            record.normalX = normal.x;
            record.normalY = normal.y;
            Fixture a = contact.getFixtureA();
            Fixture b = contact.getFixtureB();
            record.shatters = shatters(a, b, record.speed) || shatters(b, a, record.speed);
        }
    }

    /** How fast the two fixtures of a touching contact close on each other along its normal, m/s (0: parting). */
    private static float approach(Contact contact) {
        WorldManifold manifold = contact.getWorldManifold();
        if (manifold.getNumberOfContactPoints() == 0) {
            return 0f;
        }
        Vector2 point = manifold.getPoints()[0];
        float nx = manifold.getNormal().x;
        float ny = manifold.getNormal().y;
        Vector2 va = contact.getFixtureA().getBody().getLinearVelocityFromWorldPoint(point);
        float ax = va.x;
        float ay = va.y;
        Vector2 vb = contact.getFixtureB().getBody().getLinearVelocityFromWorldPoint(point);
        return Math.max(0f, (ax - vb.x) * nx + (ay - vb.y) * ny);
    }

    /**
     * A body meeting an unbroken breakable at its toughness or faster breaks it (ImpactSystem breaks it next tick):
     * the body goes on through rather than stopping dead against what is already shattering. A grenade bounces.
     */
    private static boolean shatters(Fixture breakable, Fixture body, float speed) {
        BreakableComponent component = breakable(breakable);
        return component != null && !component.broken && speed >= component.toughness && !body.isSensor()
                && body.getBody().getType() == BodyDef.BodyType.DynamicBody
                && (body.getFilterData().categoryBits & CollisionBits.PROJECTILE) == 0;
    }

    @Override
    public void endContact(Contact contact) {
        record(contact, false);
    }

    @Override
    public void preSolve(Contact contact, Manifold oldManifold) {
        // A one-way platform stops only what comes down on it from above; the rest passes; and a body thrown through
        // a breakable that it breaks carries on (the only decisions made here: Box2D asks before solving the contact).
        Fixture a = contact.getFixtureA();
        Fixture b = contact.getFixtureB();
        if (breakable(a) != null || breakable(b) != null) {
            float speed = approach(contact);
            if (shatters(a, b, speed) || shatters(b, a, speed)) {
                contact.setEnabled(false);
            }
            return;
        }
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
        // Two characters touch only when one is a blocking body (the T-800, the one played) and the other the T-1000.
        // The block holds from the side; from above the T-1000 slips past rather than riding on its head.
        short categoryA = a.getFilterData().categoryBits;
        short categoryB = b.getFilterData().categoryBits;
        if ((categoryA & categoryB & CollisionBits.CHARACTER) != 0) {
            Vector2 normal = contact.getWorldManifold().getNormal();
            if (Math.abs(normal.y) > Math.abs(normal.x)) {
                contact.setEnabled(false);
            }
        }
    }

    private static BreakableComponent breakable(Fixture fixture) {
        Object tag = fixture.getUserData();
        Entity entity = tag instanceof FixtureTag ? ((FixtureTag) tag).entity : null;
        return entity == null ? null : Mappers.BREAKABLE.get(entity);
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

    private ContactRecord record(Contact contact, boolean begin) {
        Object a = contact.getFixtureA().getUserData();
        Object b = contact.getFixtureB().getUserData();
        if (!(a instanceof FixtureTag) || !(b instanceof FixtureTag)) {
            return null;
        }
        if (size == records.size) {
            records.add(new ContactRecord());
        }
        ContactRecord record = records.items[size++];
        record.a = (FixtureTag) a;
        record.b = (FixtureTag) b;
        record.begin = begin;
        record.speed = 0f;
        record.normalX = 0f;
        record.normalY = 0f;
        record.shatters = false;
        return record;
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
