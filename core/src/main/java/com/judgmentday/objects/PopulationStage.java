package com.judgmentday.objects;

/**
 * The order a level's objects become entities in (each stage in map order): entity ids, and so the state hash,
 * depend on it.
 */
public enum PopulationStage {
    /** Solids, doors and bars. */
    GROUND,
    LADDERS,
    LIFTS,
    EXITS,
    CRATES,
    /** Molten steel, fire and nitrogen. */
    HAZARDS,
    PICKUPS,
    SWITCHES,
    /** Read by systems, navigation or the cast step (spawns), never made into entities of their own here. */
    NONE
}
