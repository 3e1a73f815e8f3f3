package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.judgmentday.level.PickupDef;

/** Something to pick up, lying in its {@link ZoneComponent}: a weapon's name, "ammo", "grenades" or "health". */
public final class PickupComponent implements Component, Hashed {
    public String item;
    public int amount;
    /** For a key: the name doors ask for. */
    public String key = "";
    /** For ammo: the weapon whose rounds these are, or {@link PickupDef#IN_HAND}. */
    public String forWeapon = PickupDef.IN_HAND;

    @Override
    public void hash(StateHash out) {
        out.add(item).add(amount).add(key);
        // Hashed only when it names a weapon: the maps whose ammo goes to the weapon in hand hash as they did.
        if (!PickupDef.IN_HAND.equals(forWeapon)) {
            out.add(forWeapon);
        }
    }
}
