package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Walks calmly among people as someone it sampled. */
public final class Blend extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.blend(brain.tick());
        return true;
    }
}
