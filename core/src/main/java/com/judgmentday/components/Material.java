package com.judgmentday.components;

/** The state of the T-1000's substance, driven by its temperature. */
public enum Material {
    LIQUID,
    /** Cold: slower. */
    CHILLED,
    /** Frozen solid: it can't move. */
    FROZEN,
    /** Broken into frozen shards (its body is out of the world; the shards are fragment entities). */
    SHATTERED,
    /** Its shards have thawed into droplets that flow back together. */
    REFORMING,
    /** In molten steel: thrashing through its forms, out of control. */
    MELTING,
    /** Gone for good. */
    MELTED;

    /** It can't act: no steering, no attack (frozen, in pieces, melting or gone). */
    public boolean incapacitated() {
        return this != LIQUID && this != CHILLED;
    }
}
