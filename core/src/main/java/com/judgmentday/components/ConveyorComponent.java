package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A belt: what stands on its top between its ends is carried at its speed. */
public final class ConveyorComponent implements Component, Hashed {
    /** Metres per second; negative runs left. */
    public float speed;
    /** Its top surface, metres. */
    public float left;
    public float right;
    public float top;

    @Override
    public void hash(StateHash out) {
        out.add(speed).add(left).add(right).add(top);
    }
}
