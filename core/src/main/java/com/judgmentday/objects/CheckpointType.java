package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;

import java.util.Locale;

import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A named place to restart from; CheckpointSystem notes when the player reaches it. What the story did to the cast
 * before it (an arm lost, the emergency power spent) is written on it, so a restart there starts that way.
 */
final class CheckpointType extends ObjectType<AreaDef> {
    CheckpointType() {
        super(new ObjectTypeDef("checkpoint", "A place to restart from; its Name names it.", POINT, RECTANGLE)
                .text("oneArmed", "", "characters (ids, comma-separated) that restart here one-armed: they lost an arm"
                        + " before it")
                .text("rebooted", "", "characters (ids, comma-separated) whose emergency power reroute is spent before it:"
                        + " they restart at its health, and a shutdown from here is final"));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        AreaDef checkpoint = in.area(in.object.name);
        checkpoint.oneArmed = names(in.text("oneArmed"));
        checkpoint.rebooted = names(in.text("rebooted"));
        return checkpoint;
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.checkpoints.add(def);
    }

    @Override
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
        for (String name : names(object.properties.get("oneArmed", ""))) {
            CharacterDef def = tuning.characters.get(name);
            if (def == null || def.cutFreeSeconds <= 0f) {
                problems.add(new Problem(document.file, object.id, object.label(), "oneArmed: '" + UserText.token(name)
                        + "' is no character machinery can hold (tuning.json's characters with a cutFreeSeconds)"));
            }
        }
        for (String name : names(object.properties.get("rebooted", ""))) {
            CharacterDef def = tuning.characters.get(name);
            if (def == null || def.shutdown == null) {
                problems.add(new Problem(document.file, object.id, object.label(), "rebooted: '" + UserText.token(name)
                        + "' is no character that shuts down (tuning.json's characters with a shutdown)"));
            }
        }
    }

    private static String[] names(String list) {
        String trimmed = list.trim().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s*,\\s*");
    }
}
