package com.judgmentday.level;

/** Crushing machinery: its zone, how often it strikes and how hard. */
public final class CrusherDef {
    public AreaDef area;
    public float periodSeconds;
    public float damage;
    public boolean press;
    /** Its strike catches an arm instead of throwing. */
    public boolean catches;
}
