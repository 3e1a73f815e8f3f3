package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.judgmentday.input.ActionSet;

/** The player's actions this tick and last tick (for presses rather than holds). */
public final class InputComponent implements Component, Hashed {
    public final ActionSet current = new ActionSet();
    public final ActionSet previous = new ActionSet();

    @Override
    public void hash(StateHash out) {
        out.add(current.bits()).add(previous.bits());
    }
}
