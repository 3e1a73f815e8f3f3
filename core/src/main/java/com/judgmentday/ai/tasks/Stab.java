package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): The blade arm: wind-up, then the stab and lunge. */
public final class Stab extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.stab();
        return true;
    }
}
