package com.judgmentday.bot;

import com.badlogic.ashley.core.Engine;
import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PickupComponent;
import com.judgmentday.components.WeaponComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.PickupDef;

/** The pick-ups lying about that the bot goes for: the nearest one, or, every round spent, the nearest box of ammunition. */
final class BotPickups {
    private final ImmutableArray<Entity> pickups;

    BotPickups(Engine engine) {
        this.pickups = engine.getEntitiesFor(Family.all(PickupComponent.class, ZoneComponent.class).get());
    }

    /** The nearest pick-up the bot isn't standing on (one it stands on it couldn't take), or null. */
    ZoneComponent nearest(BotView view) {
        return nearest(view, false, Float.MAX_VALUE);
    }

    /**
     * Every round it carries is spent: the nearest box of ammunition within {@code reach} metres, or null (none there,
     * or it has rounds). A player with an empty shotgun goes for the shells on the floor; the bot stood and was
     * stabbed down, empty.
     */
    ZoneComponent ammoWhenSpent(BotView view, float reach) {
        WeaponComponent guns = Mappers.WEAPON.get(view.me);
        if (guns == null || guns.slots.size == 0) {
            return null;
        }
        for (int i = 0; i < guns.slots.size; i++) {
            WeaponSlot slot = guns.slots.get(i);
            if (slot.loaded + slot.reserve > 0) {
                return null;
            }
        }
        return nearest(view, true, reach);
    }

    /**
     * The nearest pick-up (of ammunition only, if asked) it is not touching, within {@code reach} metres along the floor
     * plus up or down, or null.
     */
    private ZoneComponent nearest(BotView view, boolean ammo, float reach) {
        ZoneComponent best = null;
        float bestDistance = reach;
        float feet = view.feet();
        for (int i = 0; i < pickups.size(); i++) {
            PickupComponent pickup = Mappers.PICKUP.get(pickups.get(i));
            // Ammunition it could take: for the gun in hand, or for one it carries (a box for another stays put).
            if (ammo && (!"ammo".equals(pickup.item) || !PickupDef.IN_HAND.equals(pickup.forWeapon)
                    && Mappers.WEAPON.get(view.me).slot(pickup.forWeapon) == null)) {
                continue;
            }
            ZoneComponent zone = Mappers.ZONE.get(pickups.get(i));
            float middle = zone.x + zone.width / 2f;
            float d = Math.abs(middle - view.at.x) + Math.abs(zone.y - feet);
            boolean touching = Math.abs(middle - view.at.x) < (zone.width + view.body.def.width) / 2f
                    && zone.y < view.at.y + view.body.height / 2f && zone.y + zone.height > feet;
            if (!touching && (best == null ? d <= reach : d < bestDistance)) {
                bestDistance = d;
                best = zone;
            }
        }
        return best;
    }
}
