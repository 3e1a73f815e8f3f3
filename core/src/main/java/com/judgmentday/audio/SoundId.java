package com.judgmentday.audio;

/**
 * Every sound effect: its name, how loud it plays (before the mixer), how many may start in one tick,
 * and the recipe that renders it. The seed is fixed per sound (from its name), so a sound is the same
 * samples on every run.
 */
public enum SoundId {
    SHOTGUN("shotgun", 1f, 1, WeaponSounds::shotgun),
    PISTOL("pistol", 0.8f, 1, WeaponSounds::pistol),
    M16("m16", 0.75f, 1, WeaponSounds::m16),
    MINIGUN("minigun", 0.7f, 1, WeaponSounds::minigun),
    MINIGUN_SPIN("minigun-spin", 0.6f, 1, WeaponSounds::minigunSpin),
    M79("m79", 0.9f, 1, WeaponSounds::m79),
    EXPLOSION("explosion", 1f, 1, WeaponSounds::explosion),
    SHELL("shell", 0.3f, 1, WeaponSounds::shell),
    RELOAD("reload", 0.6f, 1, WeaponSounds::reload),
    EMPTY("empty", 0.6f, 1, WeaponSounds::empty),
    IMPACT_FLESH("impact-flesh", 0.7f, 2, ImpactSounds::flesh),
    IMPACT_METAL("impact-metal", 0.5f, 2, ImpactSounds::metal),
    IMPACT_LIQUID("impact-liquid", 0.6f, 2, ImpactSounds::liquid),
    IMPACT_GLASS("impact-glass", 0.5f, 2, ImpactSounds::glass),
    IMPACT_DULL("impact-dull", 0.5f, 2, ImpactSounds::dull),
    FOOTSTEP("footstep", 0.35f, 1, ImpactSounds::footstep),
    SLOSH("slosh", 0.7f, 1, T1000Sounds::slosh),
    MORPH("morph", 0.7f, 1, T1000Sounds::morph),
    FREEZE("freeze", 0.8f, 1, T1000Sounds::freeze),
    SHATTER("shatter", 1f, 1, T1000Sounds::shatter),
    BUBBLING("bubbling", 0.8f, 1, T1000Sounds::bubbling),
    TANK_HISS("tank-hiss", 0.8f, 1, T1000Sounds::tankHiss),
    PICKUP("pickup", 0.6f, 1, CueSounds::pickup),
    PROTEST("protest", 0.7f, 1, CueSounds::protest),
    SHUTDOWN("shutdown", 0.9f, 1, CueSounds::shutdown),
    REBOOT("reboot", 0.9f, 1, CueSounds::reboot),
    WIN("win", 0.8f, 1, CueSounds::win),
    LOSE("lose", 0.8f, 1, CueSounds::lose);

    /** Loudest sample of every rendered effect: a little headroom below full scale. */
    public static final float PEAK = 0.89f;

    /** Renders one effect from its seed. */
    interface Recipe {
        float[] render(long seed);
    }

    /** The name in logs and docs, for instance "impact-metal". */
    public final String id;
    /** Playback loudness before the mixer, 0..1. */
    public final float level;
    /** At most this many start in one tick; the rest of a volley is heard in them. */
    public final int maxPerTick;
    public final long seed;
    private final Recipe recipe;

    SoundId(String id, float level, int maxPerTick, Recipe recipe) {
        this.id = id;
        this.level = level;
        this.maxPerTick = maxPerTick;
        this.seed = id.hashCode();
        this.recipe = recipe;
    }

    /** The effect's samples, normalised to {@link #PEAK}. */
    public float[] render() {
        return Synth.normalize(recipe.render(seed), PEAK);
    }
}
