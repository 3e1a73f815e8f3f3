package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A body's temperature and how much heat it takes to change it. */
public final class HeatComponent implements Component, Hashed {
    public float celsius;
    /** Relative heat capacity: 1 for the T-1000; heavier bodies change slower. */
    public float capacity = 1f;
    /** Standing in molten steel this tick. */
    public boolean inMolten;
    /** Feet on a nitrogen-frosted floor this tick. */
    public boolean onFrost;

    @Override
    public void hash(StateHash out) {
        out.add(celsius).add(capacity).add(inMolten).add(onFrost);
    }
}
