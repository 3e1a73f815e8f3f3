package com.judgmentday.ai.people;

/** Condition: it has given up (disarmed and covered). */
public final class IsSurrendered extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.surrendered();
    }
}
