package com.judgmentday.content;

/** How far noises carry, in the open, metres; walls between muffle them. */
public final class HearingDef {
    /** A gunshot (anyone's). */
    public float shot = 60f;
    /** A grenade's blast. */
    public float blast = 80f;
    /** Glass or another breakable breaking. */
    public float glass = 30f;
    /** A frightened person's scream. */
    public float scream = 25f;
    /** A guard's or officer's call for help. */
    public float call = 35f;
    /** Through a wall, a noise carries this fraction of its distance. */
    public float throughWalls = 0.5f;
}
