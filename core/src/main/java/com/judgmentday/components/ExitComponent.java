package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** A way out of the level: what it asks before it lets the player out, and where it leads. */
public final class ExitComponent implements Component, Hashed {
    /** It opens only once every T-1000 is destroyed. */
    public boolean whenPursuerGone;
    /** The level that follows (an id); empty: the campaign's next, or the menu. */
    public String next = "";

    @Override
    public void hash(StateHash out) {
        out.add(whenPursuerGone).add(next);
    }
}
