package com.judgmentday.level;

/** A conveyor belt: the solid box it is, and how fast its top runs (metres per second, negative left). */
public final class ConveyorDef {
    public SolidDef surface;
    public float speed;
}
