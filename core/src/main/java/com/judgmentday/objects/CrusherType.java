package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Crushing machinery: a press or cog wheels. */
final class CrusherType extends ObjectType<Void> {
    CrusherType() {
        super(new ObjectTypeDef("crusher", "Crushing machinery: a press or the cog wheels.", RECTANGLE)
                .choice("kind", "gears", "which machine", "gears", "press")
                .number("period", "2", 0.1f, 60, "seconds per cycle")
                .number("damage", "40", 0, 1000, "damage per hit"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
