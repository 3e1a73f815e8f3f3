package com.judgmentday.physics;

import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.Fixture;
import com.badlogic.gdx.physics.box2d.RayCastCallback;
import com.badlogic.gdx.physics.box2d.World;

/** A reusable ray cast that finds the nearest solid fixture, ignoring sensors, opened bodies and one body (the shooter). */
public final class ClosestHit implements RayCastCallback {
    /** Decides which fixtures a ray passes (allies of the shooter, say), knowing where it would strike them. */
    public interface Pass {
        boolean passes(Fixture fixture, Vector2 point);
    }

    public final Vector2 point = new Vector2();
    public final Vector2 normal = new Vector2();
    public Fixture fixture;
    public float fraction;
    private Body ignored;
    private short ignoredCategories;
    /** Fixtures rays pass besides sensors, the ignored body and categories; null: none. */
    private Pass pass;

    /** Sets what rays pass from now on (a reused instance: no garbage per cast); null: nothing more. */
    public void setPass(Pass pass) {
        this.pass = pass;
    }

    /** Casts from (x1, y1) to (x2, y2); true when something was hit. */
    public boolean cast(World world, Body ignore, float x1, float y1, float x2, float y2) {
        return cast(world, ignore, (short) 0, x1, y1, x2, y2);
    }

    /** Casts, also passing through fixtures of the given collision categories (say bars, for a liquid eye). */
    public boolean cast(World world, Body ignore, short passThrough, float x1, float y1, float x2, float y2) {
        fixture = null;
        fraction = 1f;
        ignored = ignore;
        ignoredCategories = passThrough;
        if (x1 == x2 && y1 == y2) {
            return false;
        }
        world.rayCast(this, x1, y1, x2, y2);
        ignored = null;
        return fixture != null;
    }

    @Override
    public float reportRayFixture(Fixture candidate, Vector2 hitPoint, Vector2 hitNormal, float hitFraction) {
        if (passes(candidate, hitPoint)) {
            return -1f;
        }
        fixture = candidate;
        fraction = hitFraction;
        point.set(hitPoint);
        normal.set(hitNormal);
        return hitFraction;
    }

    private boolean passes(Fixture candidate, Vector2 at) {
        // An opened body (a broken pane or wall) is in no category: rays pass it as bodies do.
        short category = candidate.getFilterData().categoryBits;
        return candidate.isSensor() || candidate.getBody() == ignored || category == CollisionBits.OPENED
                || (category & ignoredCategories) != 0 || (pass != null && pass.passes(candidate, at));
    }
}
