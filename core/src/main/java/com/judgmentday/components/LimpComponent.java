package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A character wounded in the leg (a character object's limp): slower, and drawn limping. Present only on them. */
public final class LimpComponent implements Component, Hashed {
    @Override
    public void hash(StateHash out) {
        // Being there is the state: the hasher tags each component's class.
    }
}
