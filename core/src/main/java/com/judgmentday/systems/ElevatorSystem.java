package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.Fixture;
import com.badlogic.gdx.physics.box2d.PolygonShape;
import com.badlogic.gdx.physics.box2d.QueryCallback;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.Mappers;

/**
 * Drives moving platforms along their stops: back and forth on their own, or, when not "moving", from
 * one end to the other once someone stands on the car. Cars are kinematic: whoever stands on them rides.
 */
public final class ElevatorSystem extends IteratingSystem {
    /** How far under a descending car it looks for someone in the way, metres. */
    private static final float CLEARANCE = 0.25f;
    /** How many pauses a called lift holds at its far end for riders who stay aboard, before it comes home anyway. */
    public static final int HOLD_PAUSES = 4;
    private final int waitTicks;
    private final World world;
    private final Below below = new Below();

    public ElevatorSystem(int priority, int waitTicks, World world) {
        super(Family.all(ElevatorComponent.class, BodyComponent.class).get(), priority);
        this.waitTicks = waitTicks;
        this.world = world;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        ElevatorComponent lift = Mappers.ELEVATOR.get(entity);
        Body car = Mappers.BODY.get(entity).body;
        if (lift.holdTicks > 0 && lift.waitTicks > 0 && lift.riders > 0) {
            // Someone is aboard: the pause before it goes home starts again from when they step off.
            lift.holdTicks--;
            lift.waitTicks = waitTicks;
        }
        if (lift.waitTicks > 0) {
            lift.waitTicks--;
            stop(car);
            return;
        }
        Vector2 centre = car.getPosition();
        float x = centre.x;
        float bottom = centre.y - lift.height / 2f;
        float tx = lift.path[lift.next * 2];
        float ty = lift.path[lift.next * 2 + 1];
        float dx = tx - x;
        float dy = ty - bottom;
        float distance = (float) Math.sqrt(dx * dx + dy * dy);
        if (distance <= lift.speed * deltaTime) {
            car.setTransform(tx, ty + lift.height / 2f, 0f);
            stop(car);
            arrive(lift);
            return;
        }
        if (dy < 0f && obstructed(x, bottom, lift.width)) {
            // Someone is under the car: like a real lift it turns back rather than crush them.
            lift.next = Math.max(0, Math.min(lift.path.length / 2 - 1, lift.next - lift.direction));
            lift.direction = -lift.direction;
            stop(car);
            return;
        }
        car.setLinearVelocity(dx / distance * lift.speed, dy / distance * lift.speed);
    }

    /** Anything that moves (a person, a crate) right under the car. */
    private boolean obstructed(float x, float bottom, float width) {
        below.found = false;
        below.set(x - width / 2f + 0.05f, bottom - CLEARANCE, x + width / 2f - 0.05f, bottom - 0.01f);
        world.QueryAABB(below, below.minX, below.minY, below.maxX, below.maxY);
        return below.found;
    }

    /**
     * Finds a dynamic, solid fixture truly inside the box it is asked about (Box2D reports fattened bounds,
     * so the fixture's own polygon is checked); one reused instance, no garbage.
     */
    private static final class Below implements QueryCallback {
        boolean found;
        float minX;
        float minY;
        float maxX;
        float maxY;
        private final Vector2 vertex = new Vector2();

        void set(float minX, float minY, float maxX, float maxY) {
            this.minX = minX;
            this.minY = minY;
            this.maxX = maxX;
            this.maxY = maxY;
        }

        @Override
        public boolean reportFixture(Fixture fixture) {
            if (fixture.isSensor() || fixture.getBody().getType() != BodyDef.BodyType.DynamicBody
                    || !(fixture.getShape() instanceof PolygonShape)) {
                return true;
            }
            PolygonShape shape = (PolygonShape) fixture.getShape();
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float low = Float.MAX_VALUE;
            float high = -Float.MAX_VALUE;
            for (int i = 0; i < shape.getVertexCount(); i++) {
                shape.getVertex(i, vertex);
                Vector2 world = fixture.getBody().getWorldPoint(vertex);
                left = Math.min(left, world.x);
                right = Math.max(right, world.x);
                low = Math.min(low, world.y);
                high = Math.max(high, world.y);
            }
            found = left < maxX && right > minX && low < maxY && high > minY;
            return !found;
        }
    }

    /**
     * At a stop: carry on along the route; at an end, pause and turn back. A lift that is not moving waits at home
     * until someone stands on it; at the far end it holds while anyone is aboard (they rode it to get there; for at
     * most {@link #HOLD_PAUSES} pauses) and comes home a pause after the last of them steps off.
     */
    private void arrive(ElevatorComponent lift) {
        int last = lift.path.length / 2 - 1;
        if (lift.next == 0 || lift.next == last) {
            if (!lift.moving && lift.riders == 0 && lift.next == lift.home) {
                return;
            }
            lift.direction = lift.next == 0 ? 1 : -1;
            lift.waitTicks = waitTicks;
            lift.holdTicks = !lift.moving && lift.next != lift.home ? HOLD_PAUSES * waitTicks : 0;
        }
        lift.next += lift.direction;
    }

    private static void stop(Body car) {
        if (car.getLinearVelocity().x != 0f || car.getLinearVelocity().y != 0f) {
            car.setLinearVelocity(0f, 0f);
        }
    }
}
