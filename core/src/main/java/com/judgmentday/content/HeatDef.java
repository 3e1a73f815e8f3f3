package com.judgmentday.content;

import com.badlogic.gdx.utils.ObjectMap;

/**
 * How heat moves: every body drifts toward the temperature of what surrounds it (Newton's cooling),
 * each surrounding at its own rate. A body's temperature changes by {@code coupling * (theirs - mine) /
 * capacity} degrees per second, so a heavy T-800 warms and cools slower than a light T-1000.
 */
public final class HeatDef {
    /** Air temperature, and what every body starts at, °C. */
    public float ambient = 20f;
    /** Coupling to the air, per second. */
    public float airCoupling = 0.05f;
    /** Coupling to a liquid the body stands in (molten steel, liquid nitrogen), per second. */
    public float immersionCoupling = 0.6f;
    /** Coupling to the nitrogen vapour over a spill, per second. */
    public float vapourCoupling = 0.15f;
    /** Coupling to molten steel's glow at its edge, per second; it fades to 0 at {@link #radiantRange}. */
    public float radiantCoupling = 0.02f;
    /** How far molten steel's heat reaches, metres. */
    public float radiantRange = 4f;
    /** Liquid nitrogen's temperature, °C. */
    public float nitrogenCelsius = -196f;
    /** How deep spilled nitrogen lies on a floor, metres: sets how far a volume spreads. */
    public float spillDepth = 0.1f;
    /** How fast a spill's edges run along the floor, metres per second. */
    public float spreadSpeed = 3f;
    /** How fast a spill boils away, litres per second. */
    public float evaporationLitresPerSecond = 60f;
    /** How fast an overflow of molten steel cools and sets into the floor, litres per second. */
    public float solidifyLitresPerSecond = 25f;
    /** How high the cold vapour stands over a spill, metres. */
    public float vapourHeight = 1.2f;
    /** Heat capacity per character (by its tuning name), relative to 1; missing: 1. */
    public ObjectMap<String, Float> capacity = new ObjectMap<>();

    public float capacity(String character) {
        return capacity.get(character, 1f);
    }

    /** Coupling to molten steel's or fire's glow at a distance from its area, per second (0 out of range). */
    public float radiantCoupling(float distance) {
        return distance < radiantRange ? radiantCoupling * (1f - distance / radiantRange) : 0f;
    }

    /** The width a volume covers on the floor (nitrogen or molten steel lie equally deep), metres. */
    public float spillWidth(float litres) {
        return litres / 1000f / spillDepth;
    }
}
