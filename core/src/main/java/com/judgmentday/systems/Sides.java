package com.judgmentday.systems;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;

/**
 * Who stands with whom, from the characters' tuning (side): someone's gunfire never harms their allies, but for one a
 * dont-shoot objective names (GuardedComponent), whom it strikes.
 */
final class Sides {
    private Sides() {
    }

    /** Two different characters on the same side. */
    static boolean allied(Entity one, Entity other) {
        if (one == null || other == null || one == other) {
            return false;
        }
        CharacterComponent a = Mappers.CHARACTER.get(one);
        CharacterComponent b = Mappers.CHARACTER.get(other);
        return a != null && b != null && !a.def.side.isEmpty() && a.def.side.equals(b.def.side);
    }

    /** Someone's fire passes {@code other}: an ally, unless a dont-shoot objective names them (it must be able to hit). */
    static boolean passes(Entity shooter, Entity other) {
        return allied(shooter, other) && !Mappers.GUARDED.has(other);
    }
}
