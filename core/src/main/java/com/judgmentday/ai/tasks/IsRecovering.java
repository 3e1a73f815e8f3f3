package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: True while its body flows back together after a knock-back. */
public final class IsRecovering extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.recovering();
    }
}
