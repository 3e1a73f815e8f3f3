package com.judgmentday.content;

/** What a person of a role does (tuning.json's roles): its behaviour tree, and the figures its tasks read. */
public final class RoleDef {
    /** The tree, on the classpath (assets/ai/...). */
    public String tree = "";
    /** How far from a danger it runs before it stops and cowers, metres. */
    public float flee = 12f;
    /** How far it sees a silent danger (the T-1000's blade, someone going down) in front of it, metres. */
    public float sight = 15f;
    /** It screams when frightened (a civilian); one that does not (a guard) goes to see instead. */
    public boolean screams = true;
    /** Walking its patrol, the fraction of its top speed it goes at. */
    public float patrolSpeed = 0.4f;
    /** The weapons it carries (tuning.json's weapons), in switching order; none: unarmed. */
    public com.badlogic.gdx.utils.Array<String> loadout = new com.badlogic.gdx.utils.Array<>();
    /** Armed: how far it shoots at the one the player plays, metres, and how long it aims first (the tell), seconds. */
    public float range = 16f;
    public float aimSeconds = 0.7f;
    /** Disarmed (it had a loadout), how long the player's gun must cover it before it gives up, seconds. */
    public float surrenderSeconds = 2f;
    /** The awareness (0 to 1) at which it is alarmed and acts; a far noise alone stays under it, two of them may not. */
    public float alarm = 0.5f;
    /** How long its awareness takes to decay from full to calm, seconds. */
    public float calmSeconds = 6f;
    /** Its own blow at arm's length (a guard's baton); null: none. */
    public MeleeDef melee;
    /** At arm's length it grabs the one the player plays (one that can be grabbed) and holds it this long, seconds; 0: never. */
    public float grabSeconds;
    /** Seconds after a grab before it grabs again. */
    public float grabCooldownSeconds = 3f;
    /** Alarmed and seeing the one the player plays, it calls for help once a fright: a noise others hear (hearing.call). */
    public boolean calls;
    /** Armed and alarmed, how far it runs to a cover point (a Tiled {@code cover}) that faces the one the player plays, metres; 0: never. */
    public float coverRange;
    /** Suppressed (shots landing within suppressedRadius of it), how far it backs away from the one the player plays, metres; 0: it never does. */
    public float retreat;
    /** How close a shot must land to suppress it, metres, and for how long it stays suppressed, seconds. */
    public float suppressedRadius = 1.5f;
    public float suppressedSeconds = 2f;
    /**
     * Its tree steps every this many ticks (on a tick of its own, chosen by its entity id, so a crowd's thinking is
     * spread over the ticks); it senses every tick, and what it last decided holds in between. 1: every tick.
     */
    public int thinkTicks = 1;
    /** Wears a gas mask: tear gas does nothing to it (SWAT). */
    public boolean gasMask;
    /**
     * Tear gas, for a role that throws it (SWAT): the canister (a weapon of its loadout whose gasSeconds is set; it
     * carries that weapon's rounds), the furthest it throws one at the one the player plays, metres, and how long
     * between two, seconds. Empty: it throws none.
     */
    public String gas = "";
    public float gasRange = 10f;
    public float gasCooldownSeconds = 8f;
    /**
     * Advancing in pairs (SWAT): once in cover it holds at least this long, seconds, then bounds to the next cover
     * toward the one the player plays while its partner (the nearest of its role) holds and fires; 0: it does not
     * advance.
     */
    public float boundSeconds;
}
