package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: it shoots on sight (its spawn says so) and would now: its target seen, in range, no one between. */
public final class CanShoot extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.canShoot();
    }
}
