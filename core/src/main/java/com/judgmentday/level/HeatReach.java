package com.judgmentday.level;

import com.judgmentday.content.HeatDef;

/**
 * Where a level's standing heat burns: the temperature a body would settle at in a place, from the glow of molten
 * steel and fire (and immersion in them) against the air, with the same figures the game's heat uses. Navigation
 * marks burning places with it (John keeps out of them) and the validator warns of people placed in one.
 */
public final class HeatReach {
    private final LevelDef level;
    private final HeatDef heat;
    private final float burnAbove;
    /** The hazard that heats the last place asked about most (its index in the level's hazards), or -1. */
    private int hottest = -1;

    public HeatReach(LevelDef level, HeatDef heat, float burnAbove) {
        this.level = level;
        this.heat = heat;
        this.burnAbove = burnAbove;
    }

    /** The temperature a body in the box would settle at, °C; {@link #hottest()} names what heats it most. */
    public float settles(float left, float right, float feet, float head) {
        float coupling = heat.airCoupling;
        float sum = heat.airCoupling * heat.ambient;
        float strongest = 0f;
        hottest = -1;
        for (int i = 0; i < level.hazards.size; i++) {
            HazardDef hazard = level.hazards.get(i);
            // Steam scalds only while it vents: a body passes between puffs, as it passes a press between strikes.
            if (hazard.kind == HazardDef.Kind.NITROGEN || hazard.kind == HazardDef.Kind.STEAM || hazard.width <= 0f) {
                continue;
            }
            float gapX = Math.max(0f, Math.max(hazard.x - right, left - (hazard.x + hazard.width)));
            float gapY = Math.max(0f, Math.max(hazard.y - head, feet - (hazard.y + hazard.height)));
            float c = gapX == 0f && gapY == 0f ? heat.immersionCoupling
                    : heat.radiantCoupling((float) Math.sqrt(gapX * gapX + gapY * gapY));
            coupling += c;
            sum += c * hazard.celsius;
            if (c > strongest) {
                strongest = c;
                hottest = i;
            }
        }
        return sum / coupling;
    }

    /** Whether a body in the box would settle hot enough to burn; if so, the hazard heating it most, else -1. */
    public int burning(float left, float right, float feet, float head) {
        return settles(left, right, feet, head) > burnAbove ? hottest : -1;
    }

    public int hottest() {
        return hottest;
    }

    public float burnAbove() {
        return burnAbove;
    }
}
