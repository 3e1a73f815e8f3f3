package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * What a person who acts (a role with a tree: a civilian) knows of danger: how long its fright lasts yet, where the
 * danger was, whether it has screamed this fright, and what it does about it (for the overlay and the drawing).
 */
public final class AwarenessComponent implements Component, Hashed {
    /** Ticks until it calms down; 0: calm. */
    public int frightTicks;
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
    /** The behaviour-tree task running now, for the overlay. */
    public String task = "";

    @Override
    public void hash(StateHash out) {
        out.add(frightTicks).add(dangerX).add(dangerY).add(screamed).add(cowering).add(leg).add(legStep).add(aimTicks).add(aimX).add(aimY).add(task);
    }
}
