package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Hits taken this tick, left by weapons for whoever reacts to them (the T-1000's liquid body, later health). */
public final class DamageComponent implements Component {
    public int pelletHits;
    /** Total impulse of the hits, N*s, along x (positive: pushed right). */
    public float impulseX;
}
