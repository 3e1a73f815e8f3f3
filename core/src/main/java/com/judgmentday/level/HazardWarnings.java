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
    static final Set<String> READS = Set.of("npc", "molten-steel", "fire", "t1000-spawn", "john-spawn", "player-spawn");
    /** Less than this from the start to the T-1000 reaching its target leaves a player no time, seconds. */
    static final float LEAST_HEAD_START = 3f;
    private final TmxDocument document;
    private final TuningDef tuning;

    HazardWarnings(TmxDocument document, TuningDef tuning) {
        this.document = document;
        this.tuning = tuning;
    }

    void check(Array<Problem> problems) {
        LevelDef level = LevelBuilder.build(document, READS);
        checkHeadStart(level, problems);
        CharacterDef body = tuning.character("person");
        HeatDef heat = tuning.heat;
        HeatReach reach = new HeatReach(level, heat, body.burnAbove);
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

    /**
     * The T-1000 spawned so near its target (John, or the player without him) that even running straight at it,
     * it arrives within a few seconds of the start: a new player has no time to see what is happening.
     */
    private void checkHeadStart(LevelDef level, Array<Problem> problems) {
        SpawnDef hunter = level.spawn(SpawnDef.Kind.T1000);
        SpawnDef target = level.spawn(SpawnDef.Kind.JOHN) != null ? level.spawn(SpawnDef.Kind.JOHN) : level.spawn(SpawnDef.Kind.PLAYER);
        if (hunter == null || target == null || hunter.close) {
            return;
        }
        float speed = tuning.character("t1000").runSpeed * tuning.pursuit(null).speedScale;
        float distance = (float) Math.hypot(hunter.x - target.x, hunter.y - target.y);
        float arrives = hunter.delay + distance / speed;
        if (arrives < LEAST_HEAD_START) {
            problems.add(Problem.warning(document.file, hunter.objectId, "t1000-spawn", String.format(Locale.ROOT,
                    "the T-1000 can reach %s %.1f s into the level (%.0f m away at %.1f m/s, after a delay of %.0f s);"
                    + " give the player time with a delay or more distance (docs/ai.md, Pacing a chase)",
                    target.kind == SpawnDef.Kind.JOHN ? "John" : "the player", arrives, distance, speed, hunter.delay)));
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
