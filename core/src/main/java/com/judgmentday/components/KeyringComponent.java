package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.utils.Array;

/** The keys a character carries, by name, in the order picked up. */
public final class KeyringComponent implements Component, Hashed {
    public final Array<String> keys = new Array<>(false, 2, String.class);

    @Override
    public void hash(StateHash out) {
        out.addStrings(keys);
    }
}
