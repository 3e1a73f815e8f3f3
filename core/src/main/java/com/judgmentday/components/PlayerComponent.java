package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Marks the character the player controls. */
public final class PlayerComponent implements Component, Hashed {
    @Override
    public void hash(StateHash out) {
        // A marker: being there is its state, which the hasher counts.
    }
}
