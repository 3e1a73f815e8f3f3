package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Joint;
import com.judgmentday.level.LoadDef;

/**
 * A load on its chain: the chain's entity (where shots and blasts at the chain leave their damage), whether a beat
 * asked for it to drop, and whether it has. Its swing (angle, angular velocity) is its body's, hashed there.
 */
public final class LoadComponent implements Component, Hashed {
    @NotState("the map's definition: size, anchor, mass and what a hit does never change")
    public LoadDef def;
    public Entity chain;
    @NotState("the Box2D joint exists exactly while the load is not cut")
    public Joint joint;
    /** A beat's drop step asked for the chain to go (the load system cuts it next). */
    public boolean release;
    public boolean cut;

    @Override
    public void hash(StateHash out) {
        out.add(chain).add(release).add(cut);
    }
}
