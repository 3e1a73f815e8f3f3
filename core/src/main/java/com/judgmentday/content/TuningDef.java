package com.judgmentday.content;

import com.badlogic.gdx.utils.ObjectMap;

/** Every gameplay figure the simulation uses, loaded from assets/data/tuning.json. */
public final class TuningDef {
    /** Downward acceleration, m/s² (negative). */
    public float gravity = -24f;
    public int velocityIterations = 8;
    public int positionIterations = 3;
    public ObjectMap<String, CharacterDef> characters = new ObjectMap<>();
    public ObjectMap<String, WeaponDef> weapons = new ObjectMap<>();
    public FollowDef follow = new FollowDef();
    /** Surfaces whose pattern the T-1000's skin takes on where it touches (a tell for careful players). */
    public com.badlogic.gdx.utils.Array<String> patternedMaterials = new com.badlogic.gdx.utils.Array<>();
    /** How heat moves between bodies, the air, molten steel and liquid nitrogen. */
    public HeatDef heat = new HeatDef();
    /** How far noises carry (the T-1000 hears shots, blasts and breaking glass within them). */
    public HearingDef hearing = new HearingDef();
    /** What people of each role do (a role without an entry stands where it is placed), by role. */
    public com.badlogic.gdx.utils.ObjectMap<String, RoleDef> roles = new com.badlogic.gdx.utils.ObjectMap<>();
    /** The T-1000's material thresholds (chilled, frozen, melted). */
    public MaterialDef t1000Material = new MaterialDef();
    /** Health, integrity, the no-kill rules and harm from heat and cold. */
    public DamageDef damage = new DamageDef();
    /** The difficulty played when none is chosen. */
    public String difficulty = "normal";
    /** The T-1000's pursuit figures per difficulty. */
    public ObjectMap<String, PursuitDef> pursuit = new ObjectMap<>();
    /** Crate density, kg/m². */
    public float crateDensity = 20f;
    public float crateFriction = 0.6f;
    /** How long an elevator pauses at the ends of its route, seconds. */
    public float elevatorWaitSeconds = 1.5f;
    /** Friction of static ground and walls. */
    public float groundFriction = 0.8f;

    public CharacterDef character(String name) {
        CharacterDef def = characters.get(name);
        if (def == null) {
            throw new ContentException("tuning has no character '" + name + "'; known: " + characters.keys().toArray());
        }
        return def;
    }

    /** The pursuit figures of a difficulty (the default one when null). */
    public PursuitDef pursuit(String name) {
        String wanted = name == null ? difficulty : name;
        PursuitDef def = pursuit.get(wanted);
        if (def == null) {
            throw new ContentException("tuning has no difficulty '" + wanted + "'; known: " + pursuit.keys().toArray());
        }
        return def;
    }

    public WeaponDef weapon(String name) {
        WeaponDef def = weapons.get(name);
        if (def == null) {
            throw new ContentException("tuning has no weapon '" + name + "'; known: " + weapons.keys().toArray());
        }
        return def;
    }
}
