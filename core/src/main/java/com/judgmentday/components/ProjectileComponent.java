package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.content.WeaponDef;

/** A grenade in flight: the launcher it came from, who fired it, ticks left on its fuse. */
public final class ProjectileComponent implements Component, Hashed {
    @NotState("the launcher's tuning, the same all run")
    public WeaponDef def;
    public Entity owner;
    public int fuseTicks;

    @Override
    public void hash(StateHash out) {
        out.add(owner).add(fuseTicks);
    }
}
