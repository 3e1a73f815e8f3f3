package com.judgmentday.ai.people;

/**
 * Action: lobs a tear-gas canister at the one the player plays, within its role's gasRange, when it has one and
 * its cooldown has run out; fails otherwise.
 */
public final class ThrowGas extends PersonLeaf {
    @Override
    protected boolean run(PersonBrain brain) {
        return brain.squad().throwGas(brain.player());
    }
}
