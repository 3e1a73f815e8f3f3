package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.utils.Array;

/** The weapons a character carries, the one in hand and its state. */
public final class WeaponComponent implements Component, Hashed {
    public final Array<WeaponSlot> slots = new Array<>(false, 5, WeaponSlot.class);
    /** Index of the weapon in hand. */
    public int current;
    /** Ticks until the weapon can fire again. */
    public int cooldown;
    /** Ticks left of a reload in progress; 0 when not reloading. */
    public int reloading;
    /** Ticks the trigger has been held (spin-up). */
    public int heldTicks;
    /** Fire was held last tick (a semi-automatic fires once per press). */
    public boolean wasFiring;
    /** A trigger press not yet answered (a semi-automatic fires it once the cooldown or reload is over). */
    public boolean queued;
    /** Switch was held last tick. */
    public boolean wasSwitching;
    /** Shots fired so far (anyone listening compares it with what they last heard). */
    public int shots;

    /** The weapon in hand. */
    public WeaponSlot held() {
        return slots.items[current];
    }

    /** The carried weapon of that name, or null. */
    public WeaponSlot slot(String name) {
        for (int i = 0; i < slots.size; i++) {
            if (slots.items[i].def.name.equals(name)) {
                return slots.items[i];
            }
        }
        return null;
    }

    @Override
    public void hash(StateHash out) {
        out.addAll(slots).add(current).add(cooldown).add(reloading).add(heldTicks).add(wasFiring).add(queued)
                .add(wasSwitching).add(shots);
    }
}
