package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Straight at a visible target nearby. */
public final class CloseIn extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.closeIn();
        return true;
    }
}
