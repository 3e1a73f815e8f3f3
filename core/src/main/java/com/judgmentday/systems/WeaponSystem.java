package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.RandomXS128;
import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.World;
import com.judgmentday.components.ArmComponent;
import com.judgmentday.components.BodyComponent;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.MoveIntentComponent;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.content.DamageDef;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Ordnance;

import java.util.Locale;

/**
 * Fires the weapon in hand: switching, magazines and reloads from the rounds carried, single shots or
 * automatic fire (after the minigun's spin-up), hitscan pellets through {@link Hitscan} and grenades
 * launched as bodies. Near people the shooter aims at their legs. Spread draws on the seeded generator.
 */
public final class WeaponSystem extends IteratingSystem {
    /** Ticks it takes to bring another weapon up. */
    private static final int SWITCH_TICKS = 10;
    private final RandomXS128 random;
    private final EventLog events;
    private final Ordnance ordnance;
    private final DamageDef damage;
    private final Hitscan hitscan;
    private ImmutableArray<Entity> people;

    public WeaponSystem(int priority, World world, RandomXS128 random, EventLog events, Ordnance ordnance,
                        DamageDef damage) {
        super(Family.all(WeaponComponent.class, MoveIntentComponent.class, BodyComponent.class,
                CharacterComponent.class).get(), priority);
        this.random = random;
        this.events = events;
        this.ordnance = ordnance;
        this.damage = damage;
        this.hitscan = new Hitscan(world, events, damage);
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        people = engine.getEntitiesFor(Family.all(PersonComponent.class, TransformComponent.class, CharacterComponent.class,
                HealthComponent.class).get());
        hitscan.setHazards(engine.getEntitiesFor(Family.all(HazardComponent.class, ZoneComponent.class).get()));
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        WeaponComponent weapon = Mappers.WEAPON.get(entity);
        MoveIntentComponent intent = Mappers.INTENT.get(entity);
        HealthComponent health = Mappers.HEALTH.get(entity);
        boolean out = health != null && health.out();
        CharacterComponent body = Mappers.CHARACTER.get(entity);
        // Coughing in tear gas, nobody aims.
        boolean coughing = body != null && body.gassedTicks > 0;
        boolean fire = intent.fire && !out && !coughing;
        if (coughing) {
            // Nor does a press made before the gas came fire now.
            weapon.queued = false;
        }
        boolean switching = intent.switchWeapon && !out;
        boolean switchPressed = switching && !weapon.wasSwitching;
        // A press is kept until the weapon can answer it (after a cooldown or a reload), not lost.
        weapon.queued |= fire && !weapon.wasFiring;
        weapon.wasFiring = fire;
        weapon.wasSwitching = switching;
        if (weapon.slots.size == 0) {
            return;
        }
        if (weapon.cooldown > 0) {
            weapon.cooldown--;
        }
        boolean oneArmed = Arms.oneArmed(entity);
        int next = switchPressed ? Arms.usableAfter(weapon, weapon.current, oneArmed) : weapon.current;
        WeaponSlot skipped = switchPressed && oneArmed ? weapon.slots.get((weapon.current + 1) % weapon.slots.size) : null;
        if (skipped != null && skipped.def.twoHanded) {
            tellTwoHanded(entity, skipped.def);
        }
        if (next != weapon.current) {
            weapon.current = next;
            weapon.reloading = 0;
            weapon.heldTicks = 0;
            weapon.queued = false;
            weapon.cooldown = Math.max(weapon.cooldown, SWITCH_TICKS);
            events.event(EventType.WEAPON_SWITCHED).who(Mappers.IDENTITY.get(entity)).what(weapon.held().def.name)
                    .detail(weapon.held().def.name).emit();
            return;
        }
        WeaponSlot slot = weapon.held();
        WeaponDef def = slot.def;
        if (oneArmed && def.twoHanded) {
            refuseTwoHanded(entity, weapon, def, fire);
            return;
        }
        if (weapon.reloading > 0 && weapon.queued && slot.loaded > 0) {
            // A press with rounds still in it cuts the reload short, those rounds not yet in left out: a tester pressed
            // J again and again, the T-1000 at point-blank, while the HUD read RELOADING.
            weapon.reloading = 0;
        } else if (weapon.reloading > 0) {
            if (--weapon.reloading == 0) {
                int taken = Math.min(def.shellByShell ? 1 : def.magazine - slot.loaded, slot.reserve);
                slot.loaded += taken;
                slot.reserve -= taken;
                events.event(EventType.WEAPON_RELOADED).who(Mappers.IDENTITY.get(entity)).what(def.name).amount(taken)
                        .detail(def.name).emit();
                if (def.shellByShell && slot.loaded < def.magazine && slot.reserve > 0) {
                    weapon.reloading = reloadTicks(def);
                }
            }
            return;
        }
        boolean trying = def.automatic ? fire : weapon.queued;
        if (slot.loaded == 0 && trying) {
            // An empty trigger pull reloads from what is carried, or clicks.
            weapon.queued = false;
            if (slot.reserve > 0) {
                weapon.reloading = reloadTicks(def);
            } else if (fire && weapon.heldTicks == 0) {
                events.event(EventType.WEAPON_EMPTY).who(Mappers.IDENTITY.get(entity)).what(def.name).detail(def.name).emit();
            }
            weapon.heldTicks = fire ? weapon.heldTicks + 1 : 0;
            return;
        }
        // A press of fire with a round in goes before a reload still held: the press had cut the reload short, the held
        // key began it again at once and dropped the press (round 24: Sarah bladed with a shell in the gun).
        if (intent.reload && !weapon.queued && !out && slot.loaded < def.magazine && slot.reserve > 0) {
            weapon.reloading = reloadTicks(def);
            return;
        }
        weapon.heldTicks = fire ? weapon.heldTicks + 1 : 0;
        boolean trigger = def.automatic ? fire && weapon.heldTicks > def.spinUpTicks : weapon.queued;
        if (trigger && weapon.cooldown == 0) {
            weapon.queued = false;
            fire(entity, weapon, slot);
        }
    }

    /** Ticks until the next round is in: the whole reload, or one shell's share of it. */
    private static int reloadTicks(WeaponDef def) {
        return Math.max(1, def.shellByShell ? def.reloadTicks / def.magazine : def.reloadTicks);
    }

    /** One-armed with a two-handed weapon in hand (and none other carried): it won't fire, and the player is told why once. */
    private void refuseTwoHanded(Entity entity, WeaponComponent weapon, WeaponDef def, boolean fire) {
        weapon.queued = false;
        weapon.heldTicks = 0;
        if (fire) {
            tellTwoHanded(entity, def);
        }
    }

    /** Says once per character why a two-handed weapon is passed over (the HUD shows it). */
    private void tellTwoHanded(Entity entity, WeaponDef def) {
        ArmComponent arm = Mappers.ARM.get(entity);
        if (!arm.toldTwoHanded) {
            arm.toldTwoHanded = true;
            events.event(EventType.WEAPON_TWO_HANDED).who(Mappers.IDENTITY.get(entity)).what(def.name)
                    .detail("one-armed: the " + def.name.toUpperCase(Locale.ROOT) + " takes two hands").emit();
        }
    }

    private void fire(Entity shooter, WeaponComponent weapon, WeaponSlot slot) {
        WeaponDef def = slot.def;
        Body body = Mappers.BODY.get(shooter).body;
        int facing = Mappers.CHARACTER.get(shooter).facing;
        float originX = body.getPosition().x + facing * def.muzzleForward;
        float originY = body.getPosition().y + def.muzzleHeight;
        if (def.kind == WeaponDef.Kind.GRENADE) {
            float angle = def.launchDegrees * MathUtils.degreesToRadians;
            ordnance.grenade(def, shooter, originX, originY, facing * MathUtils.cos(angle) * def.launchSpeed,
                    MathUtils.sin(angle) * def.launchSpeed);
            events.event(EventType.GRENADE_LAUNCHED).who(Mappers.IDENTITY.get(shooter)).what(def.name).at(originX, originY)
                    .detail(def.name).emit();
        } else {
            float aim = aimLow(originX, originY, facing, def.range);
            hitscan.shoot(shooter, body, def, originX, originY, facing, aim, random);
        }
        if (def.recoilImpulse > 0f) {
            body.applyLinearImpulse(-facing * def.recoilImpulse, 0f, body.getWorldCenter().x, body.getWorldCenter().y, true);
        }
        slot.loaded--;
        weapon.shots++;
        weapon.cooldown = def.cooldownTicks;
        events.count("shotsFired", 1);
        IdentityComponent who = Mappers.IDENTITY.get(shooter);
        events.event(EventType.WEAPON_FIRED).who(who.id, who.name).what(def.name).at(originX, originY).detail(def.name).emit();
        if (def.ejectsShells) {
            events.event(EventType.WEAPON_SHELL).who(who.id, who.name).what(def.name).at(body.getPosition().x, originY)
                    .detail(def.name).emit();
        }
    }

    /**
     * The angle below level to fire at, radians: toward the knees of the nearest person standing ahead
     * within range, so a shot near people wounds rather than kills; 0 with nobody there.
     */
    private float aimLow(float originX, float originY, int facing, float range) {
        float reach = Math.min(range, damage.aimLowRange);
        float best = reach;
        float angle = 0f;
        for (int i = 0; i < people.size(); i++) {
            Entity person = people.get(i);
            if (Mappers.HEALTH.get(person).out()) {
                // Lying down (or dead): a level shot passes over them; aimed at their knees it would hit them.
                continue;
            }
            TransformComponent at = Mappers.TRANSFORM.get(person);
            float ahead = (at.x - originX) * facing;
            CharacterComponent body = Mappers.CHARACTER.get(person);
            float knees = at.y - body.height / 2f + body.height * damage.legFraction * 0.5f;
            if (ahead > 0f && ahead < best && Math.abs(knees - originY) < body.height) {
                best = ahead;
                angle = MathUtils.atan2(knees - originY, ahead);
            }
        }
        return angle;
    }
}
