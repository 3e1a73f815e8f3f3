package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.judgmentday.level.WinchDef;

/** A winch: the chain it has paid out, whether its operator stands at it, and whether it has started and bottomed. */
public final class WinchComponent implements Component, Hashed {
    @NotState("the map's definition: the load it lowers, its speed and length never change")
    public WinchDef def;
    /** Metres of chain paid out so far. */
    public float paid;
    /** The controlled character stands in its area (the HUD's prompt). */
    public boolean manned;
    /** Paying out this tick. */
    public boolean turning;
    public boolean started;
    /** All its chain is out, or the load met molten steel or the ground: it turns no more. */
    public boolean bottomed;
    /** Locked (its map says so) until a beat opens it: it turns for nobody. */
    public boolean locked;

    @Override
    public void hash(StateHash out) {
        out.add(paid).add(manned).add(turning).add(started).add(bottomed).add(locked);
    }
}
