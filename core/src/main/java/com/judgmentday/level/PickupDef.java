package com.judgmentday.level;

/** Something lying in the level for the player to take: a weapon, ammunition, grenades or first aid. */
public final class PickupDef {
    /** Side of the box a point pickup stands in, metres. */
    public static final float POINT_SIZE = 0.6f;

    public int objectId;
    /** A weapon's name, "ammo" (for the weapon in hand), "grenades" or "health". */
    public String item;
    public int amount;
    /** For a key: the name doors ask for. */
    public String key = "";
    /** For ammo: the weapon whose rounds these are, or {@link #IN_HAND}. */
    public String forWeapon = IN_HAND;
    /** Ammo for whatever weapon is in hand as it is taken. */
    public static final String IN_HAND = "hand";
    /** The box it lies in: lower-left corner and size, metres. */
    public float x;
    public float y;
    public float width;
    public float height;
}
