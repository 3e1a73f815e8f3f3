package com.judgmentday.level;

/** Glass, a wall or wood that breaks: the solid it is until then, its name, material and hit points. */
public final class BreakableDef {
    public SolidDef shape;
    public String name;
    public String material;
    public int hitPoints;
    /** The approach speed, m/s, at which a body thrown into it breaks it. */
    public float toughness;
}
