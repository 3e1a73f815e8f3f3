package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.HeatDef;
import com.judgmentday.content.TuningDef;

import java.util.Locale;
import java.util.Set;

/**
 * Warns of people placed where the level's heat will kill them before anyone moves: within the glow of molten
 * steel or fire hot enough to burn (the temperature they would settle at, from the same heat figures the game
 * uses), or on the floor an overflow of molten steel runs along.
 */
final class HazardWarnings {
    /** The object types it reads. */
    static final Set<String> READS = Set.of("npc", "molten-steel", "fire");
    private final TmxDocument document;
    private final TuningDef tuning;

    HazardWarnings(TmxDocument document, TuningDef tuning) {
        this.document = document;
        this.tuning = tuning;
    }

    void check(Array<Problem> problems) {
        LevelDef level = LevelBuilder.build(document, READS);
        CharacterDef body = tuning.character("person");
        HeatDef heat = tuning.heat;
        HeatReach reach = new HeatReach(level, heat, tuning.damage.burnAbove);
        for (PersonDef person : level.people) {
            for (HazardDef hazard : level.hazards) {
                if (hazard.width <= 0f && overflowReaches(hazard, person, heat)) {
                    warn(problems, person, String.format(Locale.ROOT, "stands where the overflow (object %d) runs: its"
                            + " molten steel spreads %.0f m either side of where it pours; move them off that floor",
                            hazard.objectId, heat.spillWidth(hazard.litres)));
                }
            }
            float settles = reach.settles(person.x - body.width / 2f, person.x + body.width / 2f, person.y,
                    person.y + body.height);
            if (reach.hottest() >= 0 && settles > reach.burnAbove()) {
                HazardDef hottest = level.hazards.get(reach.hottest());
                warn(problems, person, String.format(Locale.ROOT, "would heat to %.0f °C here from the %s (object %d) and burn"
                        + " to death (people burn above %.0f °C; heat carries %.0f m); move them further away", settles,
                        hottest.kind == HazardDef.Kind.FIRE ? "fire" : "molten steel", hottest.objectId,
                        reach.burnAbove(), heat.radiantRange));
            }
        }
    }

    /** An overflow pours at its x and runs along the floor it lands on, its litres' width either side. */
    private static boolean overflowReaches(HazardDef overflow, PersonDef person, HeatDef heat) {
        float reach = heat.spillWidth(overflow.litres);
        return overflow.kind == HazardDef.Kind.MOLTEN && overflow.litres > 0f
                && Math.abs(person.x - overflow.x) < reach && person.y <= overflow.y + 0.5f && person.y >= overflow.y - 6f;
    }

    private void warn(Array<Problem> problems, PersonDef person, String message) {
        problems.add(Problem.warning(document.file, person.objectId, "npc", message));
    }
}
