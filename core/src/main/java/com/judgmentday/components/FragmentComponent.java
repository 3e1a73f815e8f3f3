package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.ai.steer.behaviors.Arrive;
import com.badlogic.gdx.math.Vector2;

/**
 * A piece of the T-1000: a frozen shard that thaws into a liquid droplet, which flows back to the rest
 * and merges. Its heat is its own {@link HeatComponent}; its size and mass grow as droplets merge into it.
 */
public final class FragmentComponent implements Component, Hashed {
    /** The T-1000 it belongs to and returns to. */
    public Entity owner;
    /** Edge of the shard or diameter of the droplet, metres. */
    public float size;
    /** Share of the T-1000's substance it holds (all fragments sum to 1 after a shatter). */
    public float share;
    /** Thawed into a droplet. */
    public boolean liquid;
    /** A limb that snapped off, rather than a shard of a shattering. */
    public boolean limb;
    /** Fell into molten steel this tick: gone, though the engine removes it only after the update. */
    public boolean lost;
    /** A droplet's steering toward where the pieces gather, made when it first flows. */
    @NotState("a steering helper made from the droplet's state; where it flows is its body's state")
    public Arrive<Vector2> arrive;

    @Override
    public void hash(StateHash out) {
        out.add(owner).add(size).add(share).add(liquid).add(limb).add(lost);
    }
}
