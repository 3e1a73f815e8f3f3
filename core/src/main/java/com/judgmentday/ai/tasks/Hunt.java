package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Runs the route to where the target is now. */
public final class Hunt extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.hunt(brain.tick());
        return true;
    }
}
