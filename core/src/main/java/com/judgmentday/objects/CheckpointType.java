package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.StorySoFar;
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
                        + " they restart at its health, and a shutdown from here is final")
                .text("gone", "", "who is no longer in the level here (t1000: it melted before it; or character ids),"
                        + " comma-separated: a restart here leaves them out")
                .text("met", "", "objectives (ids, comma-separated) met before it: a restart here counts them met")
                .text("opened", "", "doors (their Names, comma-separated) opened before it: a restart here finds them"
                        + " open, a rising one all the way up")
                .choice("facing", "spawn", "which way the player faces restarting here (toward the threat), or as the"
                        + " player-spawn says; John starts behind, on the other side", "spawn", "left", "right")
                .number("pursuer", "0", -40, 40, "where the T-1000 restarts here, metres from it along the floor:"
                        + " negative west, positive east (a stand restarted here begins with it close); 0: where its"
                        + " t1000-spawn puts it"));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        AreaDef checkpoint = in.area(in.object.name);
        checkpoint.oneArmed = StorySoFar.names(in.text(StorySoFar.ONE_ARMED));
        checkpoint.rebooted = StorySoFar.names(in.text(StorySoFar.REBOOTED));
        checkpoint.gone = StorySoFar.names(in.text(StorySoFar.GONE));
        checkpoint.met = StorySoFar.names(in.text(StorySoFar.MET));
        checkpoint.opened = StorySoFar.names(in.text(StorySoFar.OPENED));
        String facing = in.text("facing");
        checkpoint.facing = "left".equals(facing) ? -1 : "right".equals(facing) ? 1 : 0;
        checkpoint.pursuer = in.number("pursuer");
        return checkpoint;
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.checkpoints.add(def);
    }

    @Override
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
        StorySoFar.check(object.properties, tuning, document.file, object.id, object.label(), problems);
        for (String name : StorySoFar.names(object.properties.get(StorySoFar.OPENED, ""))) {
            if (!door(document, name)) {
                problems.add(problem(document, object, StorySoFar.OPENED + ": '" + name + "' is no door's Name in this map"
                        + " (name the door objects opened before this checkpoint, comma-separated)"));
            }
        }
        for (String name : StorySoFar.names(object.properties.get(StorySoFar.GONE, ""))) {
            // A name tuning.json does not know is told already (StorySoFar.check).
            if (!name.equals("t1000") && tuning.characters.containsKey(name) && !placedCharacter(document, name)) {
                problems.add(problem(document, object, StorySoFar.GONE + ": '" + name + "' is no character a 'character'"
                        + " object places (only the T-1000 or such a character can be gone: the player's and John are"
                        + " always there)"));
            }
        }
    }

    private static boolean door(TmxDocument document, String name) {
        for (MapObject other : document.objects) {
            if (other.type.equals("door") && name.equals(other.name.trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean placedCharacter(TmxDocument document, String character) {
        for (MapObject other : document.objects) {
            if (other.type.equals("character") && character.equals(other.properties.get("character", "").trim()
                    .toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
