package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: True when the target is within the blade arm's reach and the arm is ready. */
public final class IsInStabRange extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.inStabRange();
    }
}
