package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: True when it sees its target along a clear line. */
public final class SeesTarget extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.seesTarget();
    }
}
