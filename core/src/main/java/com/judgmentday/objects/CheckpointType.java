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
                .text("met", "", "objectives (ids, comma-separated) met before it: a restart here counts them met"));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        AreaDef checkpoint = in.area(in.object.name);
        checkpoint.oneArmed = StorySoFar.names(in.text(StorySoFar.ONE_ARMED));
        checkpoint.rebooted = StorySoFar.names(in.text(StorySoFar.REBOOTED));
        checkpoint.gone = StorySoFar.names(in.text(StorySoFar.GONE));
        checkpoint.met = StorySoFar.names(in.text(StorySoFar.MET));
        return checkpoint;
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.checkpoints.add(def);
    }

    @Override
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
        StorySoFar.check(object.properties, tuning, document.file, object.id, object.label(), problems);
    }
}
