package com.judgmentday.events;

/** Every kind of event, with the dotted id reports use; docs/reports.md describes each. */
public enum EventType {
    LEVEL_STARTED("level.started"),
    LEVEL_EXIT("level.exit"),
    LEVEL_WON("level.won"),
    WEAPON_FIRED("weapon.fired"),
    WEAPON_HIT("weapon.hit"),
    WEAPON_RELOADED("weapon.reloaded"),
    LEVEL_LOST("level.lost"),
    T1000_SAMPLED("t1000.sampled"),
    T1000_DISGUISED("t1000.disguised"),
    T1000_GLITCH("t1000.glitch"),
    T1000_ATTACK("t1000.attack"),
    T1000_HIT("t1000.hit"),
    T1000_REACHED("t1000.reached"),
    T1000_STUCK("t1000.stuck"),
    T1000_SPLASHED("t1000.splashed"),
    T1000_KNOCKED_BACK("t1000.knocked-back"),
    T1000_BURST("t1000.burst"),
    T1000_POURED("t1000.poured"),
    T1000_CHILLED("t1000.chilled"),
    T1000_FROZEN("t1000.frozen"),
    T1000_THAWED("t1000.thawed"),
    T1000_MELTING("t1000.melting"),
    T1000_MELTED("t1000.melted");

    /** The id in reports, for instance "weapon.fired". */
    public final String id;

    EventType(String id) {
        this.id = id;
    }
}
