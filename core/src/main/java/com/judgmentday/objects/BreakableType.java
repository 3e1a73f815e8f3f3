package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Glass, walls or wood that break. */
final class BreakableType extends ObjectType<Void> {
    BreakableType() {
        super(new ObjectTypeDef("breakable", "Glass, walls or wood that break when hit hard enough.", RECTANGLE)
                .choice("material", "glass", "what breaks", "glass", "wall", "wood")
                .whole("hitPoints", "10", 1, 100000, "damage it takes before it breaks"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }

    @Override
    public String notSimulated() {
        return "nothing breaks yet: draw a solid (material glass for a window) until it does";
    }
}
