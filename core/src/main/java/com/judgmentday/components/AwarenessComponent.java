package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * What a person who acts (a role with a tree: a civilian) knows of danger: how aware of it it is, whether that has
 * alarmed it, where the danger was, whether it has screamed this fright, and what it does about it (for the overlay and the drawing).
 */
public final class AwarenessComponent implements Component, Hashed {
    /**
     * How aware of danger it is, 0 (calm) to 1: a noise raises it by its loudness there, a danger seen to 1; it decays
     * to 0 over the role's calmSeconds.
     */
    public float level;
    /** It reached its role's alarm level and has not come down to calm yet: it acts on the danger. */
    public boolean alarmed;
    /** Where the last danger it noticed was (a shot, a blast, a scream), metres. */
    public float dangerX;
    public float dangerY;
    /** It has screamed this fright (once a fright: a scream is a noise others hear). */
    public boolean screamed;
    /** Cornered or far enough: crouched where it is, hands over its head. */
    public boolean cowering;
    /** Patrolling: the point of its path it walks to, and which way along the path it goes (1 or -1). */
    public int leg;
    public int legStep = 1;
    /** Armed and aiming at someone: ticks it has aimed so far (the tell: drawn as a line to where it aims), 0: not. */
    public int aimTicks;
    public float aimX;
    public float aimY;
    /** Disarmed and covered by the player's gun: how far it has come to giving up (0 to 1), and whether it has. */
    public float surrender;
    public boolean surrendered;
    /** It called for help this fright (once a fright, as a scream). */
    public boolean called;
    /** Ticks before it may grab again. */
    public int grabCooldown;
    /** Shots landed close: ticks it stays suppressed, and the x it backs away to. */
    public int suppressedTicks;
    public float retreatX;
    /** The cover point it runs to or shoots from (an index into the level's covers), -1: none; whether it is there. */
    public int cover = -1;
    public boolean inCover;
    /** Advancing in pairs: ticks it has held its cover, and how many bounds it has made (the pair takes turns). */
    public int coverTicks;
    public int bounds;
    /** Ticks until it may throw tear gas again. */
    public int gasCooldown;
    /** The behaviour-tree task running now, for the overlay. */
    public String task = "";

    @Override
    public void hash(StateHash out) {
        out.add(level).add(alarmed).add(dangerX).add(dangerY).add(screamed).add(cowering).add(leg).add(legStep).add(aimTicks).add(aimX).add(aimY).add(surrender).add(surrendered)
                .add(called).add(grabCooldown).add(suppressedTicks).add(retreatX).add(cover).add(inCover).add(task)
                .add(coverTicks).add(bounds).add(gasCooldown);
    }
}
