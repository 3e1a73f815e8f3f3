package com.judgmentday.screens;

import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;

/**
 * Keeps a key or button that was already down when play began or resumed, or the player was handed another
 * character, from counting until it has been let go: the Enter, Space, A or click that chose "Play" or "Resume"
 * must not also jump or fire.
 */
final class HeldActions {
    private static final Action[] ACTIONS = Action.values();
    private final ActionSet held = new ActionSet();
    /** Whom the keys moved at the last {@link #follow} (null before the first). */
    private Object played;

    HeldActions() {
        holdAll();
    }

    /**
     * The character the keys move this tick: handed another one, the keys held for the last count only once let go
     * (M22a, holding D through the hand-over to Sarah at the pool, walked her into its heat as the lock ended).
     */
    void follow(Object controlled) {
        if (controlled != played) {
            played = controlled;
            holdAll();
        }
    }

    /** From now, every action counts only after it has been seen released. */
    void holdAll() {
        for (Action action : ACTIONS) {
            held.add(action);
        }
    }

    /** Takes out of this tick's actions whatever is still held from before; releases what was let go. */
    void filter(ActionSet actions) {
        for (Action action : ACTIONS) {
            if (!held.has(action)) {
                continue;
            }
            if (actions.has(action)) {
                actions.set(action, false);
            } else {
                held.set(action, false);
            }
        }
    }
}
