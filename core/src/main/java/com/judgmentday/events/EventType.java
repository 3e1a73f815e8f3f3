package com.judgmentday.events;

/** Every kind of event, with the dotted id reports use; docs/reports.md describes each. */
public enum EventType {
    LEVEL_STARTED("level.started"),
    LEVEL_EXIT("level.exit"),
    LEVEL_WON("level.won"),
    WEAPON_FIRED("weapon.fired"),
    WEAPON_HIT("weapon.hit"),
    WEAPON_RELOADED("weapon.reloaded");

    /** The id in reports, for instance "weapon.fired". */
    public final String id;

    EventType(String id) {
        this.id = id;
    }
}
