package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: True when it knows where the target was, or heard a gunshot. */
public final class HasLead extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.hasLead();
    }
}
