package com.judgmentday.ai.tasks;

import com.judgmentday.ai.T1000Brain;

/** Condition: True while it poses as someone (a beat's disguise step), until its time is up or it is shot. */
public final class IsPosing extends T1000Leaf {
    @Override
    protected boolean run(T1000Brain brain) {
        return brain.posing();
    }
}
