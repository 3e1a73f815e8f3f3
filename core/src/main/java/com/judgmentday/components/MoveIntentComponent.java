package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** What a character wants this tick; written by input or AI, applied by movement and combat. */
public final class MoveIntentComponent implements Component, Hashed {
    /** -1 full left .. +1 full right. */
    public float moveX;
    /** -1 climb down .. +1 climb up (ladders, chains). */
    public float moveY;
    /** A burst of speed toward where it faces (the T-1000's final lunge). */
    public boolean lunge;
    /** Flatten to pour through a low gap (the T-1000), or stand up again when false and there is room. */
    public boolean squeeze;
    /** Strike with the blade arm this tick (combat decides whether it lands). */
    public boolean stab;
    public boolean jump;
    public boolean fire;
    /** Strike with the character's melee (alt-fire: Sarah's broom handle). */
    public boolean melee;
    public boolean reload;
    /** Held to change to the next weapon carried (a press changes once). */
    public boolean switchWeapon;
    /** Its sideways move is a step to a ladder, not a turn: it keeps facing the way it faced (its gun with it). */
    public boolean keepFacing;

    @Override
    public void hash(StateHash out) {
        out.add(moveX).add(moveY).add(lunge).add(squeeze).add(stab).add(jump).add(fire).add(melee)
                .add(reload).add(switchWeapon);
        if (keepFacing) {
            // Only while stepping to a ladder (every other intent hashes as its certificates recorded it).
            out.add(keepFacing);
        }
    }

    /** Wants nothing: standing still, no button held. */
    public void clear() {
        release();
        moveX = 0f;
        moveY = 0f;
        squeeze = false;
        jump = false;
        keepFacing = false;
    }

    /**
     * Lets go of the buttons pressed once (fire, a blow, reload, a switch, a stab or lunge) but keeps moving as it was:
     * an agent between two steps of its thinking holds its course, and presses nothing twice.
     */
    public void release() {
        lunge = false;
        stab = false;
        fire = false;
        melee = false;
        reload = false;
        switchWeapon = false;
    }
}
