package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POLYGON;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A zone that fires a beat (the stage's). */
final class TriggerType extends ObjectType<Void> {
    TriggerType() {
        super(new ObjectTypeDef("trigger", "A zone that fires a beat when the player enters it.", RECTANGLE, POLYGON)
                .ref("beat", null, "the beat it fires", "beat")
                .flag("repeat", false, "fires every time rather than once"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
