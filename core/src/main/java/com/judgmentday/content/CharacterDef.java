package com.judgmentday.content;

/**
 * A character's rules as data: how its body is built and moves (metres, seconds, kilograms per square metre),
 * its health and what happens at zero, what it is made of, what it carries, how much heat it stands and its
 * blow. Systems and renderers read these; none asks which character it is.
 */
public final class CharacterDef {
    /** What happens when health reaches zero. */
    public enum AtZero {
        /**
         * It shuts down; the first time an emergency power reroute brings it back weak (its {@code shutdown}
         * figures), the second time it is down for good.
         */
        REBOOT,
        /** Down for good. */
        DOWN;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the body is made of: bullets spark and sound by it, and a metal body shows its red eye. */
    public static final String[] SURFACES = {"metal", "flesh", "liquid-metal"};
    /** A map may have the player start as them (player-spawn) or place them to be switched to (character). */
    public boolean playable;
    /** What messages and subtitles call them ("the T-800", "Sarah"). */
    public String title = "";
    /** Whose side they are on: shots and blasts from someone never harm another of the same side. */
    public String side = "";
    public float width = 0.8f;
    public float height = 1.8f;
    public float density = 50f;
    public float friction = 0.2f;
    /** Top running speed, m/s. */
    public float runSpeed = 6f;
    /** How fast the speed changes on the ground, m/s². */
    public float groundAccel = 40f;
    /**
     * Standing on the ground with no intent to move, their body is this many times heavier (1: not at all): the
     * T-800 braced like a wall, so the T-1000 pushing into it does not shove it along.
     */
    public float braceMass = 1f;
    /** How fast the speed changes in the air, m/s². */
    public float airAccel = 15f;
    /** Upward speed a jump starts with, m/s. */
    public float jumpSpeed = 10f;
    public int jumpCooldownTicks = 10;
    /** Climbing speed on ladders and chains, m/s. */
    public float climbSpeed = 3f;
    /** Height it flattens to when pouring under a door or through a low gap, metres; 0: it can't. */
    public float squeezeHeight;
    /** Speed of the final lunge, m/s (the T-1000's attack). */
    public float lungeSpeed;
    /** Health (the T-800's integrity) at full; 0 for a body that has none (the T-1000's liquid metal). */
    public float health = 100f;
    /** The share of a round's damage (a bullet, a pellet) it takes, 0 to 1: the T-800's armour shrugs most of it off. */
    public float gunfireTaken = 1f;
    /** A guard can grab and hold it (John, Sarah); the T-800 shrugs a grab off. */
    public boolean grabbable = true;
    public AtZero atZero = AtZero.DOWN;
    /** With {@code atZero: reboot}: how long it lies shut down and the health the reroute brings back; else null. */
    public ShutdownDef shutdown;
    /**
     * Seconds of holding Interact that cut an arm caught in machinery free (it fights on one-armed); 0: machinery
     * can't hold it (the T-1000 pours out, bystanders are only struck).
     */
    public float cutFreeSeconds;
    /** One of {@link #SURFACES}. */
    public String surface = "flesh";
    /** The art's sprite name (assets/art), or "figure" for the generic figure in a look's palette. */
    public String sprite = "figure";
    /** Their portrait beside their health bar on the HUD (an art name); empty: none. */
    public String icon = "";
    /** Weapons carried when played, in switching order (a level's loadout overrides it for the first player). */
    public com.badlogic.gdx.utils.Array<String> loadout = new com.badlogic.gdx.utils.Array<>();
    /** Heat tolerance: hotter than this they slow down, and beyond burnAbove they burn, °C; no default: every def names both. */
    public float hotAbove = Float.NaN;
    public float burnAbove = Float.NaN;
    /** Its body stops the T-1000 (which pours past everyone else): it can block a corridor and shield John. */
    public boolean blocksPursuer;
    /**
     * Played, people with a duty (security, police, SWAT) go after them: an armed stranger, an escaped patient. Not a
     * boy running from a cop (John: false): G24, playing John up the Galleria's ramp, was grabbed by guard after guard
     * that the T-800 had alarmed, "controls back in 1" for 8 s.
     */
    public boolean suspect = true;
    /** The mission fails when the T-1000's blade reaches them (John): caught, whatever their health. */
    public boolean vital;
    /** Its blow when it has nothing to shoot, or null when it has none. */
    public MeleeDef melee;
}
