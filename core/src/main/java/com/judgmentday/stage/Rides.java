package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.RidingComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.LevelSchema;

/**
 * A beat's ride step: a character gets on a parked vehicle and rides it away. Its body is set down at the vehicle and
 * held there for good (nothing moves, strikes or fires it); the renderer draws it on the vehicle pulling away. The
 * chases will drive vehicles; until then a ride is the set piece's last shot (the Galleria's bikes out of the bay).
 */
final class Rides {
    /** Held this long: for the rest of the level. */
    private static final int FOR_GOOD = Integer.MAX_VALUE / 2;

    private Rides() {
    }

    static void mount(Stage stage, Entity rider, int vehicleId) {
        HealthComponent health = rider == null ? null : Mappers.HEALTH.get(rider);
        if (rider == null || !Mappers.CHARACTER.has(rider) || !Mappers.BODY.has(rider) || Mappers.RIDING.has(rider)
                || health != null && health.out()) {
            return;
        }
        MapObject vehicle = stage.level.document.object(vehicleId);
        float[] b = stage.level.document.bounds(vehicle);
        LevelSchema schema = LevelSchema.standard();
        RidingComponent ride = new RidingComponent();
        ride.vehicle = vehicleId;
        ride.kind = vehicle.value(schema.type(vehicle.type).property("kind"));
        ride.x = (b[0] + b[2]) / 2f;
        ride.bottom = b[1];
        ride.facing = "left".equals(vehicle.value(schema.type(vehicle.type).property("facing"))) ? -1 : 1;
        ride.since = stage.run.tick;
        rider.add(ride);
        CharacterComponent body = Mappers.CHARACTER.get(rider);
        body.heldTicks = FOR_GOOD;
        body.facing = ride.facing;
        Body physical = Mappers.BODY.get(rider).body;
        physical.setTransform(ride.x, ride.bottom + body.height / 2f, 0f);
        physical.setLinearVelocity(0f, 0f);
        // Awake, so its contacts where it now stands (an exit) begin at the next step.
        physical.setAwake(true);
        stage.events.event(EventType.CHARACTER_RODE).who(Mappers.IDENTITY.get(rider)).what(vehicle.name)
                .detail("on " + vehicle.name).emit();
    }
}
