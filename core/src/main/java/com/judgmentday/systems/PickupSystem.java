package com.judgmentday.systems;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.systems.IteratingSystem;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.KeyringComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.IdentityComponent;
import com.judgmentday.components.PickupComponent;
import com.judgmentday.components.ControlComponent;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.WeaponDef;
import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.level.PickupDef;

/**
 * The player takes what it walks into: a weapon (or, already carried, a magazine's worth of rounds for
 * it), ammunition for the weapon in hand, grenades for a launcher it carries, first aid. What it can't use
 * (grenades without a launcher, integrity already full) stays where it lies.
 */
public final class PickupSystem extends IteratingSystem {
    private final TuningDef tuning;
    private final EventLog events;
    private ImmutableArray<Entity> players;

    public PickupSystem(int priority, TuningDef tuning, EventLog events) {
        super(Family.all(PickupComponent.class, ZoneComponent.class).get(), priority);
        this.tuning = tuning;
        this.events = events;
    }

    @Override
    public void addedToEngine(Engine engine) {
        super.addedToEngine(engine);
        players = engine.getEntitiesFor(Family.all(ControlComponent.class, WeaponComponent.class, TransformComponent.class,
                CharacterComponent.class).get());
    }

    @Override
    protected void processEntity(Entity entity, float deltaTime) {
        ZoneComponent zone = Mappers.ZONE.get(entity);
        for (int i = 0; i < players.size(); i++) {
            Entity player = players.get(i);
            TransformComponent at = Mappers.TRANSFORM.get(player);
            CharacterComponent body = Mappers.CHARACTER.get(player);
            boolean touching = at.x + body.def.width / 2f > zone.x && at.x - body.def.width / 2f < zone.x + zone.width
                    && at.y + body.height / 2f > zone.y && at.y - body.height / 2f < zone.y + zone.height;
            if (touching && take(player, Mappers.PICKUP.get(entity))) {
                IdentityComponent taker = Mappers.IDENTITY.get(player);
                PickupComponent pickup = Mappers.PICKUP.get(entity);
                events.event(EventType.PICKUP_TAKEN).who(taker.id, taker.name).what(pickup.item).amount(pickup.amount)
                        .whom(GameEvent.NOBODY, PickupDef.IN_HAND.equals(pickup.forWeapon) ? "" : pickup.forWeapon)
                        .detail(Mappers.IDENTITY.get(entity).name).emit();
                getEngine().removeEntity(entity);
                return;
            }
        }
    }

    private boolean take(Entity player, PickupComponent pickup) {
        WeaponComponent weapons = Mappers.WEAPON.get(player);
        switch (pickup.item) {
            case "ammo":
                if (weapons.slots.size == 0) {
                    return false;
                }
                if (PickupDef.IN_HAND.equals(pickup.forWeapon)) {
                    weapons.held().reserve += pickup.amount;
                    return true;
                }
                // Rounds for one weapon: it gets them whatever is in hand; without it they stay where they lie.
                WeaponSlot rounds = weapons.slot(pickup.forWeapon);
                if (rounds == null) {
                    return false;
                }
                rounds.reserve += pickup.amount;
                return true;
            case "grenades":
                for (WeaponSlot slot : weapons.slots) {
                    if (slot.def.kind == WeaponDef.Kind.GRENADE) {
                        slot.reserve += pickup.amount;
                        return true;
                    }
                }
                return false;
            case "key": {
                KeyringComponent ring = Mappers.KEYRING.get(player);
                if (ring == null) {
                    ring = new KeyringComponent();
                    player.add(ring);
                }
                ring.keys.add(pickup.key);
                return true;
            }
            case "health":
                HealthComponent health = Mappers.HEALTH.get(player);
                if (health == null || health.health >= health.max || health.out()) {
                    return false;
                }
                health.health = Math.min(health.max, health.health + pickup.amount);
                return true;
            default:
                return weapon(weapons, pickup);
        }
    }

    private boolean weapon(WeaponComponent weapons, PickupComponent pickup) {
        if (!tuning.weapons.containsKey(pickup.item)) {
            // A key: doors are not simulated yet, so it stays where it is.
            return false;
        }
        WeaponSlot carried = weapons.slot(pickup.item);
        if (carried != null) {
            carried.reserve += carried.def.magazine * pickup.amount;
        } else {
            weapons.slots.add(new WeaponSlot(tuning.weapon(pickup.item)));
        }
        return true;
    }
}
