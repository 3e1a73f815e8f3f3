package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelSchema;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A scripted moment a trigger fires (the stage's). */
final class BeatType extends ObjectType<Void> {
    BeatType() {
        super(new ObjectTypeDef("beat", "A scripted moment, fired by a trigger.", POINT, RECTANGLE)
                .choice("action", null, "what happens", LevelSchema.BEAT_ACTIONS)
                .text("line", "", "for say: the subtitle")
                .text("speaker", "", "for say: who says it")
                .ref("target", "0", "for spawn, open-door, rupture-tank: the object acted on",
                        "door", "nitrogen-source", "t1000-spawn", "npc", "vehicle", "john-spawn")
                .choice("character", "t800", "for switch-character: who the player becomes", LevelSchema.CHARACTERS)
                .number("delay", "0", 0, 600, "seconds after the trigger fires"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        String action = object.properties.get("action", "");
        boolean hasTarget = !object.properties.get("target", "0").trim().equals("0");
        if (action.equals("say") && object.properties.get("line", "").isBlank()) {
            problems.add(problem(document, object, "a say beat needs a line"));
        } else if ((action.equals("open-door") || action.equals("rupture-tank") || action.equals("spawn")) && !hasTarget) {
            problems.add(problem(document, object, ("aeiou".indexOf(action.charAt(0)) >= 0 ? "an " : "a ") + action
                    + " beat needs a target object"));
        }
    }
}
