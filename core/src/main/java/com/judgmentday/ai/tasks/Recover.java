package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Holds still while the body flows back together. */
public final class Recover extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.recover();
        return true;
    }
}
