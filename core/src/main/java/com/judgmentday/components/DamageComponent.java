package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * Hits taken this tick, left by weapons, blasts and blades for whoever reacts to them: the T-1000's
 * liquid body and material, or health. Cleared by the reaction.
 */
public final class DamageComponent implements Component, Hashed {
    public int pelletHits;
    /** Total impulse of the hits, N·s (positive x: pushed right). */
    public float impulseX;
    public float impulseY;
    /** Damage points to the legs (never lethal to people: they go down) and to the rest of the body. */
    public float legPoints;
    public float bodyPoints;
    /** What did it (the last weapon, "blast", "blade", "heat"...), for the casualty ledger. */
    public String cause = "";
    /** A grenade's blast is among this tick's hits (whatever hit last): it bursts the T-1000 open. */
    public boolean blasted;

    public boolean any() {
        return pelletHits > 0 || impulseX != 0f || impulseY != 0f || legPoints > 0f || bodyPoints > 0f;
    }

    public void clear() {
        pelletHits = 0;
        impulseX = 0f;
        impulseY = 0f;
        legPoints = 0f;
        bodyPoints = 0f;
        blasted = false;
    }

    @Override
    public void hash(StateHash out) {
        out.add(pelletHits).add(impulseX).add(impulseY).add(legPoints).add(bodyPoints).add(cause);
        if (blasted) {
            // Set and cleared within a tick's hits: hashed only when it stands (every other state as recorded).
            out.add(blasted);
        }
    }
}
