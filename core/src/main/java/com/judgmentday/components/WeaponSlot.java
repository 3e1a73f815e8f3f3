package com.judgmentday.components;

import com.judgmentday.content.WeaponDef;

/** One weapon a character carries: what it is, the rounds in it and the rounds carried for it. */
public final class WeaponSlot implements Hashed {
    @NotState("the weapon's tuning, the same all run; which weapon it is goes in the hash as its name")
    public final WeaponDef def;
    public int loaded;
    public int reserve;

    public WeaponSlot(WeaponDef def) {
        this.def = def;
        this.loaded = def.magazine;
        this.reserve = def.reserve;
    }

    @Override
    public void hash(StateHash out) {
        out.add(def.name).add(loaded).add(reserve);
    }
}
