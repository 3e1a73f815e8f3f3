package com.judgmentday.ai.people;

/**
 * Condition: shots landed close to it a moment ago (its role's suppressedRadius and suppressedSeconds) and its role
 * backs away.
 */
public final class IsSuppressed extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.suppressed();
    }
}
