package com.judgmentday.level;

/** A moving platform: its car's size and the route its bottom centre travels (metres, y up). */
public final class ElevatorDef {
    public int objectId;
    public String name;
    public float width;
    public float height;
    /** x0, y0, x1, y1, ...: the car's bottom centre at each stop; it starts at the one nearest where it is drawn. */
    public float[] path;
    public int start;
    /** Metres per second. */
    public float speed;
    /** Runs back and forth on its own; otherwise it waits at a stop until someone stands on it. */
    public boolean moving;
}
