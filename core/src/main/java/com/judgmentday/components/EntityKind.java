package com.judgmentday.components;

/**
 * What kind of object an entity is, for rendering and reports. Every character is one kind: what it is and does
 * comes from its {@link com.judgmentday.content.CharacterDef} and its components, never from a kind.
 */
public enum EntityKind {
    CHARACTER,
    CRATE,
    SOLID,
    EXIT,
    LADDER,
    ELEVATOR,
    /** Molten steel or liquid nitrogen. */
    HAZARD,
    /** A grenade in flight. */
    GRENADE,
    /** A cloud of tear gas. */
    GAS,
    /** A shard or droplet of the T-1000. */
    FRAGMENT,
    /** A weapon, ammunition or first aid to pick up. */
    PICKUP,
    /** Level machinery acting on an area (a crusher). */
    MACHINE,
    /** A load hanging by a chain, or the chain itself (shots at it cut it). */
    LOAD
}
