package com.judgmentday.level;

/** A rectangle of the level (crate, exit), lower-left corner and size in metres. */
public final class AreaDef {
    public int objectId;
    public String name;
    public float x;
    public float y;
    public float width;
    public float height;
    /** Camera zones: 1 is the normal view, 2 shows twice as much. */
    public float zoom = 1f;
    /** Exits: the id of the level that follows; empty: back to the menu. */
    public String next = "";
    /** Exits: it lets the player out only once the T-1000 is destroyed. */
    public boolean opensWhenPursuerGone;
    /** Checkpoints: characters that restart there one-armed, and those whose emergency power reroute is spent. */
    public String[] oneArmed = {};
    public String[] rebooted = {};
    /** Checkpoints: who is no longer in the level there (the T-1000 melted: t1000; a character by id). */
    public String[] gone = {};
    /** Checkpoints: the objectives (ids) met before it. */
    public String[] met = {};
    /** Checkpoints: the doors (Names, lower case) opened before it: a restart there finds them open. */
    public String[] opened = {};
    /** Checkpoints: which way the player faces restarting there, 1 right, -1 left, 0 as the spawn; John starts behind. */
    public int facing;
    /** Checkpoints: where the T-1000 restarts there, metres east (negative: west) of it; 0: where the map spawns it. */
    public float pursuer;
}
