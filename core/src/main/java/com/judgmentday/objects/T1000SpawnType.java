package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;

import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.SpawnDef;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Where the T-1000 enters; the cast step makes it, or holds it back for its delay (ArrivalSystem). */
final class T1000SpawnType extends ObjectType<SpawnDef> {
    T1000SpawnType() {
        super(new ObjectTypeDef("t1000-spawn", "Where the T-1000 enters.", POINT, RECTANGLE)
                .text("disguise", "police", "the look it arrives in (police, guard, ...)")
                .number("delay", "0", 0, 600, "seconds after the level starts before it appears")
                .text("loadout", "", "weapons it carries, comma-separated, for a beat's volley (the cop's pistol: it"
                        + " fires only when a beat says so, unless it shoots); empty: none")
                .flag("shoots", false, "it also fires its loadout's gun at its quarry on sight, within pursuit's"
                        + " shootRange, after aiming (a red line) and never past a person in the line; needs a loadout")
                .flag("close", false, "it starts within reach on purpose (the fight is already on, or a beat holds it"
                        + " at once): the validator's head-start warning is not given"));
    }

    @Override
    public SpawnDef read(ObjectReading in) {
        SpawnDef t1000 = in.spawn(SpawnDef.Kind.T1000, "t1000");
        t1000.look = in.text("disguise");
        t1000.delay = in.number("delay");
        t1000.close = in.flag("close");
        t1000.shoots = in.flag("shoots");
        String loadout = in.text("loadout").trim();
        t1000.loadout = loadout.isEmpty() ? new String[0] : loadout.split("\\s*,\\s*");
        return t1000;
    }

    @Override
    public void file(SpawnDef def, LevelDef level) {
        level.spawns.add(def);
    }

    @Override
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
        boolean shoots = "true".equals(object.properties.get("shoots", "false"));
        if (shoots && object.properties.get("loadout", "").trim().isEmpty()) {
            problems.add(problem(document, object, "'shoots' is true but it carries nothing to shoot; give it a"
                    + " 'loadout' (for instance pistol), or take 'shoots' off"));
        }
        for (String weapon : object.properties.get("loadout", "").split(",")) {
            String name = weapon.trim();
            if (!name.isEmpty() && !tuning.weapons.containsKey(name)) {
                problems.add(problem(document, object, "'loadout' names " + UserText.quote(name)
                        + ", which is not a weapon; use one of "
                        + String.join(", ", new ObjectMap.Keys<>(tuning.weapons).toArray())));
                return;
            }
        }
    }
}
