package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;

/** Glass, a wall or wood that breaks: the damage it can still take, and whether it has broken. */
public final class BreakableComponent implements Component, Hashed {
    public float hitPoints;
    /** glass, wall or wood (its debris and sound). */
    public String material = "glass";
    /** The map object it came from (navigation leaves it out once broken). */
    public int objectId;
    public boolean broken;
    /** The approach speed (m/s) at which a body thrown into it breaks it. */
    public float toughness;
    /** The body that struck it at its toughness or faster (it breaks this tick), or null. */
    public Entity struckBy;

    @Override
    public void hash(StateHash out) {
        out.add(hitPoints).add(material).add(objectId).add(broken).add(toughness).add(struckBy);
    }
}
