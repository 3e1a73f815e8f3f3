package com.judgmentday.ai.people;

/** Action: once a fright, if its role calls, a shout others hear (hearing.call); always succeeds. */
public final class CallForHelp extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        brain.fight().callForHelp();
        return true;
    }
}
