package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.Entity;
import com.judgmentday.content.FollowDef;

/** An escort that keeps close to its leader (John following the T-800): whom, and what it wants this tick. */
public final class FollowComponent implements Component, Hashed {
    public Entity leader;
    @NotState("tuning from tuning.json, the same all run")
    public FollowDef def;
    /** How hard it wants to catch up this tick, 0 (stay where it is) to 1 (run flat out). */
    public float urgency;
    /** Where it is heading: the leader's centre x and feet. */
    public float goalX;
    public float goalFeet;
    /** It knows no way to its leader and waits where it is. */
    public boolean waiting;
    /** A beat sent it to hide (a hide step): it goes to the hiding place and stays there until called. */
    public boolean hiding;
    /** The hiding place: its centre x and floor, metres. */
    public float hideX;
    public float hideFeet;
    /** Arrived at the hiding place: crouched there, drawn in shadow. */
    public boolean hidden;
    /** A stay step named a place: it runs to {@link #goalX} and stays there once it has arrived (then false). */
    public boolean toPlace;

    @Override
    public void hash(StateHash out) {
        out.add(leader).add(urgency).add(goalX).add(goalFeet).add(waiting).add(hiding).add(hideX).add(hideFeet).add(hidden);
        if (toPlace) {
            // Only while it runs to a stay's place: runs without that step hash as before.
            out.add(true);
        }
    }
}
