package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A parked vehicle: set dressing the renderer draws from the map; nobody drives it yet. */
final class VehicleType extends ObjectType<Void> {
    VehicleType() {
        super(new ObjectTypeDef("vehicle", "A vehicle the level places.", POINT, RECTANGLE)
                .choice("kind", "motorcycle", "which vehicle", "dirt-bike", "motorcycle", "tow-truck", "police-car",
                        "swat-van", "pickup", "tanker", "helicopter")
                .choice("facing", "right", "which way it points", "left", "right"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
