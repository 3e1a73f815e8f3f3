package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.judgmentday.content.WeaponDef;

/** The weapon a character holds and its state. */
public final class WeaponComponent implements Component {
    public WeaponDef def;
    public int loaded;
    /** Ticks until the weapon can fire again. */
    public int cooldown;
    /** Ticks left of a reload in progress; 0 when not reloading. */
    public int reloading;
    /** Shots fired so far (anyone listening compares it with what they last heard). */
    public int shots;
}
