package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: True once it has sampled someone it could pass for. */
public final class CanDisguise extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.canDisguise();
    }
}
