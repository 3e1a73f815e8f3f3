package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.events.EventType;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.physics.box2d.World;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.FixtureTag;

/**
 * Fires held weapons: a spread of hitscan pellets from the muzzle, each pushing what it hits, with
 * magazine, cooldown and reload. Pellet spread draws on the simulation's seeded random generator.
 */
public final class WeaponSystem extends IteratingSystem {
    private final World world;
    private final RandomXS128 random;
    private final EventLog events;
    private final ClosestHit hit = new ClosestHit();
    /** Bodies pushed by the current shot, so each is reported once. */
    private final Array<Entity> struck = new Array<>(false, 8, Entity.class);

    public WeaponSystem(int priority, World world, RandomXS128 random, EventLog events) {
        super(Family.all(WeaponComponent.class, MoveIntentComponent.class, BodyComponent.class,
                CharacterComponent.class).get(), priority);
        this.world = world;
        this.random = random;
        this.events = events;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        WeaponComponent weapon = Mappers.WEAPON.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        WeaponDef def = weapon.def;
        if (weapon.cooldown > 0) {
            weapon.cooldown--;
        }
        if (weapon.reloading > 0) {
            if (--weapon.reloading == 0) {
                weapon.loaded = def.magazine;
                events.emit(EventType.WEAPON_RELOADED, Mappers.IDENTITY.get(entity).name, def.name);
            }
            return;
        }
        if ((intent.reload && weapon.loaded < def.magazine) || (intent.fire && weapon.loaded == 0)) {
            weapon.reloading = Math.max(1, def.reloadTicks);
            return;
        }
        if (intent.fire && weapon.cooldown == 0) {
            fire(entity, weapon);
        }
    }

    private void fire(Entity shooter, WeaponComponent weapon) {
        WeaponDef def = weapon.def;
        Body body = Mappers.BODY.get(shooter).body;
        int facing = Mappers.CHARACTER.get(shooter).facing;
        float originX = body.getPosition().x + facing * def.muzzleForward;
        float originY = body.getPosition().y + def.muzzleHeight;
        int hits = 0;
        struck.clear();
        for (int i = 0; i < def.pellets; i++) {
            float spread = (random.nextFloat() - 0.5f) * def.spreadDegrees * MathUtils.degreesToRadians;
            float dirX = MathUtils.cos(spread) * facing;
            float dirY = MathUtils.sin(spread);
            if (!hit.cast(world, body, originX, originY, originX + dirX * def.range, originY + dirY * def.range)) {
                continue;
            }
            hits++;
            Body target = hit.fixture.getBody();
            if (target.getType() == BodyDef.BodyType.DynamicBody) {
                target.applyLinearImpulse(dirX * def.pelletImpulse, dirY * def.pelletImpulse, hit.point.x, hit.point.y, true);
                Object struckTag = hit.fixture.getUserData();
                DamageComponent damage = struckTag instanceof FixtureTag ? Mappers.DAMAGE.get(((FixtureTag) struckTag).entity) : null;
                if (damage != null) {
                    damage.pelletHits++;
                    damage.impulseX += dirX * def.pelletImpulse;
                }
                events.count("pelletHits", 1);
                Object tag = hit.fixture.getUserData();
                if (tag instanceof FixtureTag && !struck.contains(((FixtureTag) tag).entity, true)) {
                    Entity victim = ((FixtureTag) tag).entity;
                    struck.add(victim);
                    events.emit(EventType.WEAPON_HIT, Mappers.IDENTITY.get(victim).name, def.name);
                }
            }
        }
        if (def.recoilImpulse > 0f) {
            body.applyLinearImpulse(-facing * def.recoilImpulse, 0f, body.getWorldCenter().x, body.getWorldCenter().y, true);
        }
        weapon.loaded--;
        weapon.shots++;
        weapon.cooldown = def.cooldownTicks;
        events.count("shotsFired", 1);
        events.emit(EventType.WEAPON_FIRED, Mappers.IDENTITY.get(shooter).name, def.name + " hits=" + hits);
    }
}
