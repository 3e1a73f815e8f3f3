package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: True during a stab's wind-up. */
public final class IsAttacking extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.attacking();
    }
}
