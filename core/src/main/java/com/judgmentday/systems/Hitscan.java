package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.Intersector;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.SurfaceComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.content.DamageDef;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.FixtureTag;

/**
 * One hitscan shot: each pellet is a ray to the first thing in its way (passing the shooter's allies), pushing
 * what it hits and leaving damage on it (to the legs when it strikes low), and striking any intact nitrogen tank
 * it crosses.
 */
final class Hitscan {
    private final World world;
    private final EventLog events;
    private final DamageDef damage;
    private final ClosestHit hit = new ClosestHit();
    /** Entities struck by the current shot, so each impact is reported once. */
    private final Array<Entity> struck = new Array<>(false, 8, Entity.class);
    private final Vector2 from = new Vector2();
    private final Vector2 to = new Vector2();
    /** How high a person lying on the floor stands off it, metres: shots above pass over. */
    private static final float LYING_HEIGHT = 0.45f;
    private final Rectangle box = new Rectangle();
    private ImmutableArray<Entity> hazards;
    /** Who fires the shot being cast: its pellets pass the shooter's allies. */
    private Entity shooter;

    Hitscan(World world, EventLog events, DamageDef damage) {
        this.world = world;
        this.events = events;
        this.damage = damage;
        hit.setPass((fixture, point) -> fixture.getUserData() instanceof FixtureTag
                && (Sides.passes(shooter, ((FixtureTag) fixture.getUserData()).entity)
                || over(((FixtureTag) fixture.getUserData()).entity, point)));
    }

    /**
     * A shot passing over a person lying on the floor (knocked down, or dead) at a height above their body: it flies
     * on. Their body keeps its standing shape in the world, but the player sees them lying, and a shot at the T-1000
     * over a guard laid out by the first must not kill him with the second.
     */
    private static boolean over(Entity entity, Vector2 point) {
        HealthComponent health = Mappers.HEALTH.get(entity);
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        TransformComponent at = Mappers.TRANSFORM.get(entity);
        if (!Mappers.PERSON.has(entity) || health == null || body == null || at == null
                || health.downTicks == 0 && !health.dead && !health.restrained) {
            return false;
        }
        return point.y - (at.y - body.height / 2f) > LYING_HEIGHT;
    }

    /** The hazards whose tanks shots can strike. */
    void setHazards(ImmutableArray<Entity> hazards) {
        this.hazards = hazards;
    }

    void shoot(Entity shooter, Body body, WeaponDef def, float originX, float originY, int facing, float aim,
               RandomXS128 random) {
        this.shooter = shooter;
        struck.clear();
        // A muzzle pressed into someone strikes them: the stretch from the shooter's middle to its muzzle first (a ray
        // begun inside a body never reports it: the cop shot John through the T-800 shielding him, and Sarah's shells
        // did nothing to the T-1000 on her). One wholly over the shooter's middle is still missed: shoppers walk
        // through the T-800, and a shot must not find them there. Once a shot: every pellet strikes what it finds.
        boolean pressed = hit.cast(world, body, body.getPosition().x, originY, originX, originY);
        if (pressed) {
            hit.fraction = 0f;
        }
        for (int i = 0; i < def.pellets; i++) {
            float angle = aim + (random.nextFloat() - 0.5f) * def.spreadDegrees * MathUtils.degreesToRadians;
            float dirX = MathUtils.cos(angle) * facing;
            float dirY = MathUtils.sin(angle);
            float endX = originX + dirX * def.range;
            float endY = originY + dirY * def.range;
            boolean hitSomething = pressed || hit.cast(world, body, originX, originY, endX, endY);
            if (hitSomething) {
                endX = hit.point.x;
                endY = hit.point.y;
                pellet(def, dirX, dirY, def.pelletImpulseAt(hit.fraction));
            }
            strikeTanks(def, originX, originY, endX, endY);
        }
    }

    private void pellet(WeaponDef def, float dirX, float dirY, float impulse) {
        Body target = hit.fixture.getBody();
        Object tag = hit.fixture.getUserData();
        Entity victim = tag instanceof FixtureTag ? ((FixtureTag) tag).entity : null;
        if (target.getType() == BodyDef.BodyType.DynamicBody) {
            target.applyLinearImpulse(dirX * impulse, dirY * impulse, hit.point.x, hit.point.y, true);
            events.count("pelletHits", 1);
        }
        DamageComponent taken = victim == null ? null : Mappers.DAMAGE.get(victim);
        if (taken != null) {
            taken.pelletHits++;
            taken.impulseX += dirX * impulse;
            taken.impulseY += dirY * impulse;
            taken.cause = def.name;
            CharacterComponent character = Mappers.CHARACTER.get(victim);
            float feet = target.getPosition().y - (character == null ? 0f : character.height / 2f);
            boolean legs = character != null && hit.point.y - feet < character.height * damage.legFraction;
            float points = def.damage * (character == null ? 1f : character.def.gunfireTaken);
            if (legs) {
                taken.legPoints += points;
            } else {
                taken.bodyPoints += points;
            }
        }
        if (victim != null && !struck.contains(victim, true)) {
            struck.add(victim);
            if (target.getType() == BodyDef.BodyType.DynamicBody) {
                IdentityComponent whom = Mappers.IDENTITY.get(victim);
                events.event(EventType.WEAPON_HIT).who(Mappers.IDENTITY.get(shooter)).whom(whom).what(def.name)
                        .text(whom.name).text(" by the ").text(def.name).emit();
            }
            IdentityComponent whom = Mappers.IDENTITY.get(victim);
            String surface = surface(victim);
            events.event(EventType.WEAPON_IMPACT).who(Mappers.IDENTITY.get(shooter)).whom(whom).what(surface)
                    .at(hit.point.x, hit.point.y).text(surface).text(" ").text(Math.round(hit.point.x * 10f) / 10f).text(",")
                    .text(Math.round(hit.point.y * 10f) / 10f).emit();
        }
    }

    /** What a bullet strikes, for sparks and sound: a character's surface from its def, or the solid's material. */
    private static String surface(Entity victim) {
        CharacterComponent character = Mappers.CHARACTER.get(victim);
        if (character != null) {
            return character.def.surface;
        }
        SurfaceComponent surface = Mappers.SURFACE.get(victim);
        return surface == null || surface.material.isEmpty() ? "wood" : surface.material;
    }

    /**
     * A pellet's line through an intact tank strikes it with the pellet's whole impulse: a tank is punctured, not
     * pushed, so the falloff that spares a T-1000 across the hall does not spare it.
     */
    private void strikeTanks(WeaponDef def, float x1, float y1, float x2, float y2) {
        if (hazards == null) {
            return;
        }
        from.set(x1, y1);
        to.set(x2, y2);
        for (int i = 0; i < hazards.size(); i++) {
            Entity entity = hazards.get(i);
            HazardComponent hazard = Mappers.HAZARD.get(entity);
            if (!hazard.intactTank()) {
                continue;
            }
            box.set(hazard.tankX, hazard.tankY, hazard.tankWidth, hazard.tankHeight);
            if (Intersector.intersectSegmentRectangle(from, to, box)) {
                hazard.struckImpulse += def.pelletImpulse;
            }
        }
    }
}
