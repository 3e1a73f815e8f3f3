package com.judgmentday.ai.people;

/** Condition: something frightened it and it has not calmed down yet. */
public final class IsFrightened extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.frightened();
    }
}
