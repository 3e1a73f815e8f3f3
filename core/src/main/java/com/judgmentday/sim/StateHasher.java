package com.judgmentday.sim;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.FollowComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.components.T1000Component;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.InputComponent;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.ProjectileComponent;

/**
 * A 64-bit fingerprint of the whole simulation state: every entity's transform, velocity and gameplay
 * state, in creation order, plus the tick, the outcome and the random generator. Equal hashes mean equal runs, to the bit.
 */
public final class StateHasher {
    private final ImmutableArray<Entity> entities;
    private long hash;
    private final com.judgmentday.stage.StageState.Mixer mixer = this::mix;

    public StateHasher(Simulation simulation) {
        this.entities = simulation.engine().getEntitiesFor(Family.all(IdentityComponent.class).get());
    }

    public long hash(Simulation simulation) {
        hash = 0xcbf29ce484222325L;
        mix(simulation.tick());
        mix(simulation.outcome().ordinal());
        mix(simulation.invulnerable() ? 1 : 0);
        mix(simulation.pursuersDue());
        mix(simulation.random().getState(0));
        mix(simulation.random().getState(1));
        simulation.stage().hash(mixer);
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            mix(Mappers.IDENTITY.get(entity).id);
            TransformComponent t = Mappers.TRANSFORM.get(entity);
            if (t != null) {
                mix(t.x);
                mix(t.y);
                mix(t.angle);
            }
            BodyComponent b = Mappers.BODY.get(entity);
            if (b != null) {
                Body body = b.body;
                Vector2 v = body.getLinearVelocity();
                mix(v.x);
                mix(v.y);
                mix(body.getAngularVelocity());
                mix(body.isAwake() ? 1 : 0);
            }
            CharacterComponent c = Mappers.CHARACTER.get(entity);
            if (c != null) {
                mix(c.facing);
                mix(c.groundContacts);
                mix(c.jumpCooldown);
            }
            MoveIntentComponent m = Mappers.INTENT.get(entity);
            if (m != null) {
                mix(m.moveX);
                mix(m.jump ? 1 : 0);
                mix(m.fire ? 1 : 0);
                mix(m.reload ? 1 : 0);
            }
            InputComponent input = Mappers.INPUT.get(entity);
            if (input != null) {
                mix(input.previous.bits());
            }
            FollowComponent follow = Mappers.FOLLOW.get(entity);
            if (follow != null) {
                mix(follow.urgency);
                mix(follow.waiting ? 1 : 0);
            }
            if (c != null) {
                mix(c.climbing ? 1 : 0);
                mix(c.climbContacts);
                mix(c.speedScale);
            }
            com.judgmentday.components.ShapeComponent shape = Mappers.SHAPE.get(entity);
            if (shape != null && shape.door) {
                mix(shape.open ? 1 : 0);
            }
            HeatComponent heat = Mappers.HEAT.get(entity);
            if (heat != null) {
                mix(heat.celsius);
            }
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (hazard != null) {
                ZoneComponent zone = Mappers.ZONE.get(entity);
                mix(hazard.litres);
                mix(hazard.spilling ? 1 : 0);
                mix(hazard.planned ? 1 : 0);
                mix(zone.x);
                mix(zone.y);
                mix(zone.width);
                mix(zone.height);
            }
            T1000Component mind = Mappers.T1000.get(entity);
            if (mind != null) {
                mix(mind.state.ordinal());
                mix(mind.windupTicks);
                mix(mind.attackCooldown);
                mix(mind.tipTicks);
                mix(mind.lastKnownX);
                mix(mind.lastKnownY);
            }
            ElevatorComponent lift = Mappers.ELEVATOR.get(entity);
            if (lift != null) {
                mix(lift.next);
                mix(lift.direction);
                mix(lift.waitTicks);
                mix(lift.riders);
            }
            RouteComponent route = Mappers.ROUTE.get(entity);
            if (route != null) {
                mix(route.pathIndex);
                mix(route.path.size);
                mix(route.plannedX);
                mix(route.plannedY);
                mix(route.replanTicks);
                mix(route.stuckTicks);
            }
            LiquidComponent liquid = Mappers.LIQUID.get(entity);
            if (liquid != null) {
                mix(liquid.holes);
                mix(liquid.recoverTicks);
                mix(liquid.material.ordinal());
                mix(liquid.meltTicks);
                mix(liquid.strainTicks);
                mix(liquid.limbsLost);
                mix(liquid.reformTicks);
            }
            AppearanceComponent appearance = Mappers.APPEARANCE.get(entity);
            if (appearance != null) {
                mix(appearance.sampled.size);
                mix(appearance.disguised ? 1 : 0);
            }
            WeaponComponent w = Mappers.WEAPON.get(entity);
            if (w != null) {
                mix(w.current);
                mix(w.cooldown);
                mix(w.reloading);
                mix(w.heldTicks);
                for (int s = 0; s < w.slots.size; s++) {
                    mix(w.slots.items[s].loaded);
                    mix(w.slots.items[s].reserve);
                }
            }
            HealthComponent health = Mappers.HEALTH.get(entity);
            if (health != null) {
                mix(health.health);
                mix(health.downTicks);
                mix(health.shutdownTicks);
                mix(health.dead ? 1 : 0);
                mix(health.shutdowns);
            }
            FragmentComponent fragment = Mappers.FRAGMENT.get(entity);
            if (fragment != null) {
                mix(fragment.share);
                mix(fragment.size);
                mix(fragment.liquid ? 1 : 0);
                mix(fragment.limb ? 1 : 0);
            }
            ProjectileComponent projectile = Mappers.PROJECTILE.get(entity);
            if (projectile != null) {
                mix(projectile.fuseTicks);
            }
        }
        return hash;
    }

    private void mix(float value) {
        mix(Float.floatToIntBits(value));
    }

    private void mix(long value) {
        // FNV-1a over the value's 8 bytes: cheap, and sensitive to order.
        for (int i = 0; i < 8; i++) {
            hash ^= (value >>> (i * 8)) & 0xff;
            hash *= 0x100000001b3L;
        }
    }

    /** A hash as the report writes it: 16 hex digits. */
    public static String hex(long hash) {
        String digits = Long.toHexString(hash);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
