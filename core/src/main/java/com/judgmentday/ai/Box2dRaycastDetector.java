package com.judgmentday.ai;

import com.badlogic.gdx.ai.utils.Collision;
import com.badlogic.gdx.ai.utils.Ray;
import com.badlogic.gdx.ai.utils.RaycastCollisionDetector;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.physics.ClosestHit;

/** gdx-ai's ray-cast collision detector over the Box2D world, ignoring sensors and the caster's own body. */
public final class Box2dRaycastDetector implements RaycastCollisionDetector<Vector2> {
    private final World world;
    private final ClosestHit hit = new ClosestHit();
    private Body ignored;
    private short passThrough;

    public Box2dRaycastDetector(World world) {
        this.world = world;
    }

    /** The body whose own fixtures the rays pass through. */
    public void ignore(Body body, short categories) {
        ignored = body;
        passThrough = categories;
    }

    @Override
    public boolean collides(Ray<Vector2> ray) {
        return hit.cast(world, ignored, passThrough, ray.start.x, ray.start.y, ray.end.x, ray.end.y);
    }

    @Override
    public boolean findCollision(Collision<Vector2> outputCollision, Ray<Vector2> inputRay) {
        if (!collides(inputRay)) {
            return false;
        }
        outputCollision.set(hit.point, hit.normal);
        return true;
    }
}
