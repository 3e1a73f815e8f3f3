package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it: Stands still in the look it took, facing its target, its feet fused into the floor. */
public final class Pose extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.pose();
        return true;
    }
}
