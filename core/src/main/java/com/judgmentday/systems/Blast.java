package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HeatComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.CollisionBits;
import com.judgmentday.physics.FixtureTag;

/**
 * An explosion as rays: each of the weapon's blast rays pushes the first body it meets with its share of
 * the impulse, fading with distance, and leaves damage and heat on it (not on the owner's allies: they are only
 * pushed, and an escort thrown about is noted so it can protest); each character it hurts is a {@code weapon.hit}. Whatever a ray meets first takes it all, so
 * a wall (or a crate, or a person) shields what is behind it.
 */
final class Blast {
    private final World world;
    private final EventLog events;
    private final ClosestHit hit = new ClosestHit();
    /** Characters the current blast has hurt, so each is reported once. */
    private final Array<Entity> struck = new Array<>(false, 8, Entity.class);
    private ImmutableArray<Entity> hazards;
    /** An escort of the owner the last blast threw about (unhurt), or null. */
    Entity thrownEscort;

    Blast(World world, EventLog events) {
        this.world = world;
        this.events = events;
    }

    void setHazards(ImmutableArray<Entity> hazards) {
        this.hazards = hazards;
    }

    /** Sets off a blast at (x, y), fired by {@code owner}; returns how many rays struck a body with damage. */
    int explode(WeaponDef def, float x, float y, Entity owner) {
        int rays = 0;
        thrownEscort = null;
        struck.clear();
        float share = def.blastImpulse / def.blastRays;
        for (int i = 0; i < def.blastRays; i++) {
            float angle = MathUtils.PI2 * i / def.blastRays;
            float dirX = MathUtils.cos(angle);
            float dirY = MathUtils.sin(angle);
            if (!hit.cast(world, null, x, y, x + dirX * def.blastRadius, y + dirY * def.blastRadius)) {
                continue;
            }
            float falloff = 1f - hit.fraction;
            Body body = hit.fixture.getBody();
            if (body.getType() == BodyDef.BodyType.DynamicBody) {
                body.applyLinearImpulse(dirX * share * falloff, dirY * share * falloff, hit.point.x, hit.point.y, true);
            }
            Object tag = hit.fixture.getUserData();
            if (tag instanceof FixtureTag && Sides.passes(owner, ((FixtureTag) tag).entity)) {
                // The owner's allies are thrown about but not hurt; an escort thrown about says so.
                Entity ally = ((FixtureTag) tag).entity;
                if (Mappers.FOLLOW.has(ally)) {
                    thrownEscort = ally;
                }
                continue;
            }
            DamageComponent damage = tag instanceof FixtureTag ? Mappers.DAMAGE.get(((FixtureTag) tag).entity) : null;
            HeatComponent heat = tag instanceof FixtureTag ? Mappers.HEAT.get(((FixtureTag) tag).entity) : null;
            if (heat != null) {
                heat.celsius += def.blastCelsius * falloff / heat.capacity;
            }
            if (damage != null) {
                damage.impulseX += dirX * share * falloff;
                damage.impulseY += dirY * share * falloff;
                damage.bodyPoints += def.damage * falloff;
                damage.cause = "blast";
                damage.blasted = true;
                rays++;
                report(def, owner, ((FixtureTag) tag).entity);
            }
        }
        strikeTanks(def, x, y);
        return rays;
    }

    /** A character the blast hurts is hit by its owner's weapon, once a blast (as a bullet's hit is reported). */
    private void report(WeaponDef def, Entity owner, Entity victim) {
        IdentityComponent whom = Mappers.IDENTITY.get(victim);
        if (!Mappers.CHARACTER.has(victim) || whom == null || struck.contains(victim, true)) {
            return;
        }
        struck.add(victim);
        IdentityComponent who = owner == null ? null : Mappers.IDENTITY.get(owner);
        events.event(EventType.WEAPON_HIT).who(who == null ? GameEvent.NOBODY : who.id, who == null ? def.name : who.name)
                .whom(whom).what(def.name).detail(whom.name + " by the " + def.name + "'s blast").emit();
    }

    /** A tank within reach and in plain view of the blast takes its impulse, fading with distance. */
    private void strikeTanks(WeaponDef def, float x, float y) {
        for (int i = 0; i < hazards.size(); i++) {
            HazardComponent tank = Mappers.HAZARD.get(hazards.get(i));
            if (!tank.intactTank()) {
                continue;
            }
            float nearX = MathUtils.clamp(x, tank.tankX, tank.tankX + tank.tankWidth);
            float nearY = MathUtils.clamp(y, tank.tankY, tank.tankY + tank.tankHeight);
            float distance = (float) Math.sqrt((nearX - x) * (nearX - x) + (nearY - y) * (nearY - y));
            if (distance >= def.blastRadius) {
                continue;
            }
            boolean shielded = hit.cast(world, null, (short) (CollisionBits.CHARACTER | CollisionBits.PROP
                    | CollisionBits.FRAGMENT | CollisionBits.PROJECTILE), x, y, nearX, nearY);
            if (!shielded) {
                tank.struckImpulse += def.blastImpulse * (1f - distance / def.blastRadius);
            }
        }
    }
}
