package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Something to pick up, lying in its {@link ZoneComponent}: a weapon's name, "ammo", "grenades" or "health". */
public final class PickupComponent implements Component, Hashed {
    public String item;
    public int amount;

    @Override
    public void hash(StateHash out) {
        out.add(item).add(amount);
    }
}
