package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Marks machinery (a crusher whose map object says {@code catches}) whose strike catches an arm instead of throwing. */
public final class CatchesComponent implements Component, Hashed {
    @Override
    public void hash(StateHash out) {
        out.add(true);
    }
}
