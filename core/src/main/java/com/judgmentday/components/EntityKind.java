package com.judgmentday.components;

/** What an entity is, for rendering, reports and rules. */
public enum EntityKind {
    T800,
    JOHN,
    CRATE,
    SOLID,
    EXIT,
    T1000,
    PERSON,
    LADDER,
    ELEVATOR,
    /** Molten steel or liquid nitrogen. */
    HAZARD,
    /** A grenade in flight. */
    GRENADE,
    /** A shard or droplet of the T-1000. */
    FRAGMENT,
    /** A weapon, ammunition or first aid to pick up. */
    PICKUP,
    /** Level machinery acting on an area (a crusher). */
    MACHINE
}
