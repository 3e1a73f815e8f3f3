package com.judgmentday.objects;

import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A named place to restart from; CheckpointSystem notes when the player reaches it. */
final class CheckpointType extends ObjectType<AreaDef> {
    CheckpointType() {
        super(new ObjectTypeDef("checkpoint", "A place to restart from; its Name names it.", POINT, RECTANGLE));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        return in.area(in.object.name);
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.checkpoints.add(def);
    }
}
