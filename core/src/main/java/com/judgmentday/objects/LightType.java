package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POINT;

/** A light the renderer shows from the map (its glow and, for a beacon, the lamp); no gameplay of its own. */
final class LightType extends ObjectType<Void> {
    LightType() {
        super(new ObjectTypeDef("light", "A light the level shows: a red emergency beacon that pulses, or a steady lamp.",
                POINT)
                .choice("kind", "beacon", "what light", "beacon", "lamp"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
