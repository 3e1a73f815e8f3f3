package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * A character a dont-shoot objective names: the player's fire does not pass them as it passes allies, so a shot at
 * them lands (and loses the level). Present only on them.
 */
public final class GuardedComponent implements Component, Hashed {
    @Override
    public void hash(StateHash out) {
        // Being there is the state: the hasher tags each component's class.
    }
}
