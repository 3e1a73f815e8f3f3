package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POLYLINE;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A platform to jump up through and stand on. */
final class OneWayType extends ObjectType<Void> {
    OneWayType() {
        super(new ObjectTypeDef("one-way", "A platform you can jump up through and stand on; Down drops through it.",
                RECTANGLE, POLYLINE));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }

    @Override
    public String notSimulated() {
        return "draw a thin solid rectangle for now";
    }
}
