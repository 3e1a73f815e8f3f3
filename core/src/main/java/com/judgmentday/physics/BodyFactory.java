package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.ChainShape;
import com.badlogic.gdx.physics.box2d.EdgeShape;
import com.badlogic.gdx.physics.box2d.CircleShape;
import com.badlogic.gdx.physics.box2d.Filter;
import com.badlogic.gdx.physics.box2d.Fixture;
import com.badlogic.gdx.physics.box2d.FixtureDef;
import com.badlogic.gdx.physics.box2d.Joint;
import com.badlogic.gdx.physics.box2d.joints.RevoluteJointDef;
import com.badlogic.gdx.physics.box2d.PolygonShape;
import com.badlogic.gdx.physics.box2d.Shape;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.CharacterDef;

/**
 * The one place bodies and fixtures are born and die. Every fixture is tagged with its entity and
 * role; destruction is queued and carried out by {@link #flushDestroyed()}, never inside world.step.
 */
public final class BodyFactory {
    /** Size of a character's bevelled corners, metres. */
    private static final float BEVEL = 0.12f;
    /** Half the height of the foot sensor: it reaches this far below the soles, metres. */
    private static final float FOOT_HALF_HEIGHT = 0.06f;
    /** A 40 mm grenade's shell, kg/m². */
    private static final float GRENADE_DENSITY = 60f;
    /** Half the thickness of a load's chain, metres (what a shot must strike to cut it). */
    private static final float CHAIN_HALF_WIDTH = 0.06f;
    private final World world;
    private final Array<Body> doomed = new Array<>(false, 16, Body.class);
    private final BodyDef bodyDef = new BodyDef();
    private final FixtureDef fixtureDef = new FixtureDef();

    public BodyFactory(World world) {
        this.world = world;
    }

    /** A static box, lower-left corner at (x, y); bars stop people but not the T-1000. */
    public Body solidBox(Entity entity, float x, float y, float width, float height, float friction, boolean bars) {
        PolygonShape shape = new PolygonShape();
        shape.setAsBox(width / 2f, height / 2f);
        Body body = body(BodyDef.BodyType.StaticBody, x + width / 2f, y + height / 2f, false);
        fixture(body, shape, entity, FixtureRole.BODY, 0f, friction, bars ? CollisionBits.BARS : CollisionBits.SOLID,
                bars ? CollisionBits.BARS_MASK : CollisionBits.SOLID_MASK, false);
        return body;
    }

    /**
     * A one-way platform's top edge: solid to what comes down on it (ContactRecorder passes the rest), never felt by
     * foot sensors (PlatformSystem tells who stands on it, so a body passing up through it is not grounded).
     */
    public Body platform(Entity entity, float minX, float maxX, float top) {
        EdgeShape shape = new EdgeShape();
        shape.set(minX, top, maxX, top);
        Body body = body(BodyDef.BodyType.StaticBody, 0f, 0f, false);
        fixture(body, shape, entity, FixtureRole.BODY, 0f, 0.8f, CollisionBits.SOLID,
                (short) (CollisionBits.SOLID_MASK & ~CollisionBits.FOOT), false);
        return body;
    }

    /** A broken breakable: its body stays (where it was) but collides with nothing. */
    public void open(Body body) {
        for (Fixture fixture : body.getFixtureList()) {
            Filter filter = fixture.getFilterData();
            filter.maskBits = 0;
            // No category either: rays pass it (ClosestHit), where a load's chain (mask 0 too) still stops them.
            filter.categoryBits = CollisionBits.OPENED;
            fixture.setFilterData(filter);
        }
    }

    /**
     * Whether a character's body stops the T-1000 ({@link CollisionBits#BLOCKER}): its def's {@code blocksPursuer}
     * (the T-800), and whoever the player plays. People still pass it.
     */
    public void blocksPursuer(Body body, boolean blocks) {
        for (Fixture fixture : body.getFixtureList()) {
            if (((FixtureTag) fixture.getUserData()).role != FixtureRole.BODY) {
                continue;
            }
            Filter filter = fixture.getFilterData();
            filter.categoryBits = bodyCategory(false, blocks);
            filter.maskBits = bodyMask(false, blocks);
            fixture.setFilterData(filter);
        }
    }

    /** A character body's collision category: the T-1000's (liquid), a blocking body's, or anyone's. */
    private static short bodyCategory(boolean liquid, boolean blocks) {
        return liquid ? (short) (CollisionBits.CHARACTER | CollisionBits.PURSUER)
                : blocks ? (short) (CollisionBits.CHARACTER | CollisionBits.BLOCKER) : CollisionBits.CHARACTER;
    }

    /** What a character body collides with, as {@link #bodyCategory}. */
    private static short bodyMask(boolean liquid, boolean blocks) {
        return liquid ? CollisionBits.LIQUID_MASK : blocks ? CollisionBits.BLOCKER_MASK : CollisionBits.CHARACTER_MASK;
    }

    /** Static ground along a closed outline or an open polyline, as an edge chain (any shape, convex or not). */
    public Body solidChain(Entity entity, float[] vertices, boolean closed, float friction) {
        ChainShape shape = new ChainShape();
        if (closed) {
            shape.createLoop(vertices);
        } else {
            shape.createChain(vertices);
        }
        Body body = body(BodyDef.BodyType.StaticBody, 0f, 0f, false);
        fixture(body, shape, entity, FixtureRole.BODY, 0f, friction, CollisionBits.SOLID, CollisionBits.SOLID_MASK, false);
        return body;
    }

    /**
     * An upright character: a box with bevelled lower corners (slides over ledges) and a foot sensor.
     * A liquid one (the T-1000) passes through bars.
     */
    public Body character(Entity entity, CharacterDef def, float x, float y, boolean liquid) {
        Body body = body(BodyDef.BodyType.DynamicBody, x, y + def.height / 2f, true);
        characterFixtures(body, entity, def, def.height, liquid);
        return body;
    }

    /**
     * Gives a character's body another height, feet where they were (the T-1000 flattening to pour under a
     * door, and standing up again). Its mass stays the same. Call outside world.step.
     */
    public void reshapeCharacter(Body body, Entity entity, CharacterDef def, float fromHeight, float toHeight,
                                 boolean liquid) {
        Array<Fixture> fixtures = body.getFixtureList();
        for (int i = fixtures.size - 1; i >= 0; i--) {
            body.destroyFixture(fixtures.get(i));
        }
        Vector2 at = body.getPosition();
        body.setTransform(at.x, at.y - fromHeight / 2f + toHeight / 2f, 0f);
        characterFixtures(body, entity, def, toHeight, liquid);
    }

    private void characterFixtures(Body body, Entity entity, CharacterDef def, float height, boolean liquid) {
        float hw = def.width / 2f;
        float hh = height / 2f;
        // Bevelled lower corners let the body slide over ledge lips instead of catching on them.
        float bevel = Math.min(Math.min(hw, hh) * 0.5f, BEVEL);
        PolygonShape shape = new PolygonShape();
        shape.set(new float[] {
            -hw + bevel, -hh, hw - bevel, -hh, hw, -hh + bevel, hw, hh, -hw, hh, -hw, -hh + bevel});
        fixture(body, shape, entity, FixtureRole.BODY, def.density * def.height / height, def.friction,
                bodyCategory(liquid, def.blocksPursuer), bodyMask(liquid, def.blocksPursuer), false);
        PolygonShape foot = new PolygonShape();
        foot.setAsBox(hw - bevel, FOOT_HALF_HEIGHT, new Vector2(0f, -hh), 0f);
        fixture(body, foot, entity, FixtureRole.FOOT, 0f, 0f, CollisionBits.FOOT,
                liquid ? CollisionBits.LIQUID_FOOT_MASK : CollisionBits.FOOT_MASK, true);
    }

    /** A moving platform's car: kinematic (the elevator system moves it), solid to everything. */
    public Body car(Entity entity, float centreX, float bottomY, float width, float height) {
        PolygonShape shape = new PolygonShape();
        shape.setAsBox(width / 2f, height / 2f);
        Body body = body(BodyDef.BodyType.KinematicBody, centreX, bottomY + height / 2f, true);
        fixture(body, shape, entity, FixtureRole.BODY, 0f, 1f, CollisionBits.SOLID, CollisionBits.SOLID_MASK, false);
        return body;
    }

    /** A loose crate, lower-left corner at (x, y). */
    public Body crate(Entity entity, float x, float y, float width, float height, float density, float friction) {
        PolygonShape shape = new PolygonShape();
        shape.setAsBox(width / 2f, height / 2f);
        Body body = body(BodyDef.BodyType.DynamicBody, x + width / 2f, y + height / 2f, false);
        fixture(body, shape, entity, FixtureRole.BODY, density, friction, CollisionBits.PROP, CollisionBits.PROP_MASK, false);
        return body;
    }

    /**
     * A load hung from a fixed anchor: a dynamic box of the given mass, centred {@code arm} metres below the anchor
     * and swung {@code angle} radians from straight down, on a revolute joint at the anchor. The joint makes the
     * chain a rigid arm: a load never goes slack and bounces on its chain, and its swing is its body's angle and
     * angular velocity (hashed with the body). The chain is a thin fixture along the arm that collides with nothing
     * but stops rays, tagged with the chain's own entity so shots and blasts at it leave their damage there.
     */
    public Joint load(Entity entity, Entity chain, float anchorX, float anchorY, float arm, float angle, float width,
                      float height, float mass) {
        Body anchor = body(BodyDef.BodyType.StaticBody, anchorX, anchorY, false);
        Body body = body(BodyDef.BodyType.DynamicBody, anchorX + arm * MathUtils.sin(angle),
                anchorY - arm * MathUtils.cos(angle), false);
        body.setTransform(body.getPosition(), angle);
        PolygonShape shape = new PolygonShape();
        shape.setAsBox(width / 2f, height / 2f);
        fixture(body, shape, entity, FixtureRole.BODY, mass / (width * height), 0.6f, CollisionBits.PROP,
                CollisionBits.PROP_MASK, false);
        PolygonShape links = new PolygonShape();
        links.setAsBox(CHAIN_HALF_WIDTH, (arm - height / 2f) / 2f, new Vector2(0f, (arm + height / 2f) / 2f), 0f);
        fixture(body, links, chain, FixtureRole.BODY, 0f, 0f, CollisionBits.PROP, (short) 0, false);
        body.setUserData(entity);
        RevoluteJointDef hinge = new RevoluteJointDef();
        hinge.initialize(anchor, body, anchor.getPosition());
        return world.createJoint(hinge);
    }

    /** Cuts a load's chain: the chain's fixture goes at once, its anchor (and with it the joint) after this step. */
    public void cut(Joint joint) {
        Body load = joint.getBodyB();
        Array<Fixture> fixtures = load.getFixtureList();
        for (int i = fixtures.size - 1; i >= 0; i--) {
            if (((FixtureTag) fixtures.get(i).getUserData()).entity != load.getUserData()) {
                load.destroyFixture(fixtures.get(i));
            }
        }
        destroy(joint.getBodyA());
    }

    /** A grenade shell in flight: a small bouncing ball, fast enough to need continuous collision. */
    public Body grenade(Entity entity, float x, float y, float radius, float bounce, float vx, float vy) {
        CircleShape shape = new CircleShape();
        shape.setRadius(radius);
        Body body = body(BodyDef.BodyType.DynamicBody, x, y, false);
        body.setBullet(true);
        body.setLinearVelocity(vx, vy);
        fixture(body, shape, entity, FixtureRole.BODY, GRENADE_DENSITY, 0.5f, CollisionBits.PROJECTILE,
                CollisionBits.PROJECTILE_MASK, false);
        body.getFixtureList().first().setRestitution(bounce);
        return body;
    }

    /**
     * A piece of the T-1000: a frozen shard (an irregular quad, free to tumble) or, with {@code round},
     * a liquid droplet. Mass follows the area at the given density.
     */
    public Body fragment(Entity entity, float x, float y, float size, float density, boolean round, float angle) {
        Shape shape;
        if (round) {
            CircleShape circle = new CircleShape();
            circle.setRadius(size / 2f);
            shape = circle;
        } else {
            PolygonShape quad = new PolygonShape();
            float h = size / 2f;
            quad.set(new float[] {-h, -h * 0.6f, h * 0.8f, -h, h, h * 0.5f, -h * 0.4f, h});
            shape = quad;
        }
        Body body = body(BodyDef.BodyType.DynamicBody, x, y, false);
        body.setTransform(x, y, angle);
        fixture(body, shape, entity, FixtureRole.BODY, density, round ? 0.2f : 0.6f, CollisionBits.FRAGMENT,
                CollisionBits.FRAGMENT_MASK, false);
        return body;
    }

    /** Turns a frozen shard into a liquid droplet of the same size, keeping its position and motion. */
    public void meltFragment(Body body, Entity entity, float size, float density) {
        Array<Fixture> fixtures = body.getFixtureList();
        for (int i = fixtures.size - 1; i >= 0; i--) {
            body.destroyFixture(fixtures.get(i));
        }
        CircleShape circle = new CircleShape();
        circle.setRadius(size / 2f);
        body.setTransform(body.getPosition(), 0f);
        body.setFixedRotation(true);
        fixture(body, circle, entity, FixtureRole.BODY, density, 0.2f, CollisionBits.FRAGMENT, CollisionBits.FRAGMENT_MASK,
                false);
    }

    /** A static sensor area, lower-left corner at (x, y). */
    public Body zone(Entity entity, float x, float y, float width, float height) {
        PolygonShape shape = new PolygonShape();
        shape.setAsBox(width / 2f, height / 2f);
        Body body = body(BodyDef.BodyType.StaticBody, x + width / 2f, y + height / 2f, false);
        fixture(body, shape, entity, FixtureRole.ZONE, 0f, 0f, CollisionBits.ZONE, CollisionBits.ZONE_MASK, true);
        return body;
    }

    /** Queues a body for destruction after the current step. */
    public void destroy(Body body) {
        if (body != null && !doomed.contains(body, true)) {
            doomed.add(body);
        }
    }

    /** True while the body waits in the queue for {@link #flushDestroyed()} (its entity has gone; the body goes next step). */
    public boolean queued(Body body) {
        return doomed.contains(body, true);
    }

    /**
     * Destroys the queued bodies; call only outside world.step. The tags stay on until Box2D has fired
     * the end of every contact (so foot counts stay right); gdx then clears the user data itself.
     */
    public void flushDestroyed() {
        for (int i = 0; i < doomed.size; i++) {
            world.destroyBody(doomed.items[i]);
        }
        doomed.clear();
    }

    private Body body(BodyDef.BodyType type, float x, float y, boolean fixedRotation) {
        bodyDef.type = type;
        bodyDef.position.set(x, y);
        bodyDef.fixedRotation = fixedRotation;
        bodyDef.angle = 0f;
        bodyDef.linearVelocity.setZero();
        return world.createBody(bodyDef);
    }

    private void fixture(Body body, Shape shape, Entity entity, FixtureRole role, float density, float friction,
                         short category, short mask, boolean sensor) {
        fixtureDef.shape = shape;
        fixtureDef.density = density;
        fixtureDef.friction = friction;
        fixtureDef.restitution = 0f;
        fixtureDef.isSensor = sensor;
        fixtureDef.filter.categoryBits = category;
        fixtureDef.filter.maskBits = mask;
        Fixture fixture = body.createFixture(fixtureDef);
        fixture.setUserData(new FixtureTag(entity, role));
        body.setUserData(entity);
        shape.dispose();
        fixtureDef.shape = null;
    }
}
