package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it: stands and aims its gun (the red line), and fires once it has aimed its time. */
public final class Shoot extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.shoot();
        return true;
    }
}
