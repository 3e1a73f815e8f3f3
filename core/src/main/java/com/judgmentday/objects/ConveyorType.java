package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A belt that carries what stands on it. */
final class ConveyorType extends ObjectType<Void> {
    ConveyorType() {
        super(new ObjectTypeDef("conveyor", "A belt that carries what stands on it.", RECTANGLE)
                .number("speed", "2", -20, 20, "metres per second; negative runs left"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
