package com.judgmentday.ai.people;

/** Condition: it carries a weapon (not disarmed, or an unarmed role). */
public final class IsArmed extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.armed();
    }
}
