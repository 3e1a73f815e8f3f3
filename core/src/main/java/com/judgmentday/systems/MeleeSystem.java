package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MeleeComponent;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.content.MeleeDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.physics.ClosestHit;
import com.judgmentday.physics.FixtureTag;
import com.badlogic.gdx.physics.box2d.World;

/**
 * A character's own blow (its def's melee: Sarah's broom handle; a role's: a guard's baton), struck on a fire press when it has nothing to
 * shoot (no weapon, or the one in hand empty with no rounds left to load): the first body within reach in front,
 * allies passed, is pushed and takes the blow's damage (none for the broom, whose push knocks people down).
 */
public final class MeleeSystem extends IteratingSystem {
    /** The blow lands at chest height: this fraction of the body's height above its centre. */
    private static final float CHEST = 0.2f;
    private final World world;
    private final EventLog events;
    private final ClosestHit hit = new ClosestHit();
    private Entity striker;

    public MeleeSystem(int priority, World world, EventLog events) {
        super(Family.all(MeleeComponent.class, CharacterComponent.class, MoveIntentComponent.class, BodyComponent.class)
                .get(), priority);
        this.world = world;
        this.events = events;
        hit.setPass((fixture, point) -> fixture.getUserData() instanceof FixtureTag
                && passes(striker, ((FixtureTag) fixture.getUserData()).entity));
    }

    /**
     * A blow passes the striker's allies; a person's (a guard's baton) also passes the vital (John): the guards come
     * for the man with the shotgun, and a boy between them is not clubbed fourteen times (a bot run lost John so).
     */
    private static boolean passes(Entity striker, Entity other) {
        if (Sides.allied(striker, other)) {
            return true;
        }
        CharacterComponent them = Mappers.CHARACTER.get(other);
        return Mappers.PERSON.has(striker) && them != null && them.def.vital;
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        MeleeComponent melee = Mappers.MELEE.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        boolean strike = intent.melee || intent.fire;
        boolean pressed = strike && !melee.wasFiring;
        melee.wasFiring = strike;
        if (melee.cooldown > 0) {
            melee.cooldown--;
        }
        HealthComponent health = Mappers.HEALTH.get(entity);
        if (!pressed || melee.cooldown > 0 || (health != null && health.out())
                || (!intent.melee && canShoot(entity))) {
            return;
        }
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        MeleeDef def = melee.def;
        melee.cooldown = def.cooldownTicks;
        melee.blows++;
        Body body = Mappers.BODY.get(entity).body;
        float x = body.getPosition().x;
        float y = body.getPosition().y + character.height * CHEST;
        float reach = x + character.facing * (character.def.width / 2f + def.range);
        striker = entity;
        boolean struck = hit.cast(world, body, x, y, reach, y);
        striker = null;
        Object tag = struck ? hit.fixture.getUserData() : null;
        Entity victim = tag instanceof FixtureTag ? ((FixtureTag) tag).entity : null;
        DamageComponent damage = victim == null ? null : Mappers.DAMAGE.get(victim);
        events.event(EventType.MELEE_BLOW).who(Mappers.IDENTITY.get(entity)).what(def.name).at(x, y).detail(def.name).emit();
        if (damage == null) {
            return;
        }
        Body target = hit.fixture.getBody();
        if (target.getType() == BodyDef.BodyType.DynamicBody) {
            target.applyLinearImpulse(character.facing * def.impulse, 0f, hit.point.x, hit.point.y, true);
        }
        damage.impulseX += character.facing * def.impulse;
        damage.bodyPoints += def.damage;
        damage.cause = def.name;
        events.event(EventType.MELEE_HIT).who(Mappers.IDENTITY.get(victim)).whom(Mappers.IDENTITY.get(entity)).what(def.name)
                .amount(def.damage).at(hit.point.x, hit.point.y).detail(def.name).emit();
    }

    /** It holds a weapon with a round loaded or rounds left to load: the press is a shot, not a blow. */
    private static boolean canShoot(Entity entity) {
        WeaponComponent weapons = Mappers.WEAPON.get(entity);
        if (weapons == null || weapons.slots.size == 0) {
            return false;
        }
        WeaponSlot held = weapons.held();
        return held.loaded > 0 || held.reserve > 0;
    }
}
