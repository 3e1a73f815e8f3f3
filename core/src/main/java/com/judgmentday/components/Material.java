package com.judgmentday.components;

/** The state of the T-1000's substance, driven by its temperature. */
public enum Material {
    LIQUID,
    /** Cold: slower. */
    CHILLED,
    /** Frozen solid: it can't move. */
    FROZEN,
    /** In molten steel: thrashing through its forms, out of control. */
    MELTING,
    /** Gone for good. */
    MELTED;

    /** It can't act: no steering, no attack. */
    public boolean incapacitated() {
        return this == FROZEN || this == MELTING || this == MELTED;
    }
}
