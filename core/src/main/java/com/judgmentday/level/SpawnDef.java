package com.judgmentday.level;

/** Where a character enters the level: the point under its feet, in metres. */
public final class SpawnDef {
    /** Who spawns here. */
    public enum Kind {
        PLAYER,
        JOHN,
        T1000,
        /** A playable character placed to wait, not controlled at the start (the map's character objects). */
        CHARACTER
    }

    public int objectId;
    public Kind kind;
    /** The tuning name of the character, for instance "t800". */
    public String character;
    /** The look a T-1000 arrives in ("police", "guard"...); null for others. */
    public String look;
    public float x;
    public float y;
    /** Which way they face at the start: 1 right, -1 left. */
    public int facing = 1;
    /** Seconds into the level before they enter (the T-1000's head start for the player). */
    public float delay;
    /** T-1000: placed within reach on purpose (its map says close), so no head-start warning. */
    public boolean close;
    /** A placed character wounded in the leg: slower, and drawn limping. */
    public boolean limp;
    /** A placed character's spare rounds for each weapon, or -1 for each weapon's own. */
    public int reserve = -1;
    /** The T-1000: weapons it carries for a beat's volley (the cop's pistol), in switching order; empty: none. */
    public String[] loadout = new String[0];
    /** The T-1000: it fires its gun at its quarry on sight (pursuit's shootRange), not only in a beat's volley. */
    public boolean shoots;

    /** A copy with every property. */
    public SpawnDef copy() {
        SpawnDef copy = new SpawnDef();
        copy.objectId = objectId;
        copy.kind = kind;
        copy.character = character;
        copy.look = look;
        copy.x = x;
        copy.y = y;
        copy.facing = facing;
        copy.delay = delay;
        copy.close = close;
        copy.limp = limp;
        copy.reserve = reserve;
        copy.loadout = loadout.clone();
        copy.shoots = shoots;
        return copy;
    }
}
