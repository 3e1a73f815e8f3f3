package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/**
 * Condition: True when the body that blocks it (the T-800) stands within the blade arm's reach between it and its
 * target, close behind, and the arm is ready: it strikes that body rather than leap it.
 */
public final class IsBlocked extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.blocked();
    }
}
