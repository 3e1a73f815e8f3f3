package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Action, one tick of it (the tree is evaluated afresh every tick): Goes to the last lead: where the target was, or the last gunshot. */
public final class Search extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        brain.search(brain.tick());
        return true;
    }
}
