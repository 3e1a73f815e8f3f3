package com.judgmentday.ai;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;

/**
 * The character the player plays (the T-800, or Sarah) standing guard: on the T-1000's floor, ahead of it, with the
 * target close behind. The T-1000 strikes that body and does not leap it: it leapt the T-800 at the top of the
 * Galleria's ramp, where John stood higher, landed between them, and a first-time player never got between them again;
 * and leapt Sarah in her chase with John, so every blast drove it on toward him.
 */
final class T1000Ahead {
    /** A guard this near ahead (centre to centre, metres) is not leapt when the T-1000 closes in. */
    static final float LEAP = 1.6f;
    /** The target this far beyond the guard at most, metres: further off, the guard is just in the way. */
    static final float GUARDED = 6f;
    /** A guard this near ahead (centre to centre, metres) is a wall: bodies touching, it does not walk through. */
    static final float TOUCH = 1f;

    private T1000Ahead() {
    }

    /**
     * {@code guard}, the one played, stands between x (feet at {@code feet}) and {@code targetX} on its
     * floor, within {@code within} metres of x, with the target no more than {@link #GUARDED} beyond it.
     */
    static boolean guarding(Entity guard, float x, float feet, float targetX, float within) {
        CharacterComponent body = guard == null ? null : Mappers.CHARACTER.get(guard);
        float direction = Math.signum(targetX - x);
        // Only the one played guards; a body taken out of the world (a test's idle T-800, set inactive) guards nothing.
        if (body == null || !Mappers.CONTROL.has(guard) || direction == 0f || !Mappers.BODY.has(guard)
                || !Mappers.BODY.get(guard).body.isActive()) {
            return false;
        }
        TransformComponent there = Mappers.TRANSFORM.get(guard);
        float ahead = (there.x - x) * direction;
        float behind = (targetX - there.x) * direction;
        return ahead > 0f && ahead <= within && behind > 0f && behind <= GUARDED
                && Math.abs(there.y - body.height / 2f - feet) < 1f;
    }

    /**
     * The move it makes toward {@code targetX}, unless the one played stands guard against it: characters' bodies
     * pass through each other, and it walked through Sarah driving it back to the platform, and took John. It stands
     * at the guard instead, and strikes when its arm is ready.
     */
    static float heldUp(Entity guard, float x, float feet, float targetX, float moveX) {
        boolean toward = moveX != 0f && Math.signum(moveX) == Math.signum(targetX - x);
        return toward && guarding(guard, x, feet, targetX, TOUCH) ? 0f : moveX;
    }
}
