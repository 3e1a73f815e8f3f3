package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/**
 * Marks the one character that receives the player's actions (it carries the {@link InputComponent} with it);
 * {@code Simulation.control} moves both to another character during a level.
 */
public final class ControlComponent implements Component, Hashed {
    @Override
    public void hash(StateHash out) {
        // A marker: which entity carries it is its state, which the hasher counts by the component's presence.
    }
}
