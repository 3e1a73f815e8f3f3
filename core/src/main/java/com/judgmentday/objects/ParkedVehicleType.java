package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A parked vehicle: set dressing the renderer draws where the map puts it; it has no body and nobody drives it. */
final class ParkedVehicleType extends ObjectType<Void> {
    ParkedVehicleType() {
        super(new ObjectTypeDef("parked-vehicle", "Set dressing: a vehicle drawn where it stands. It has no body (it"
                + " blocks nothing) and nobody drives it; a beat's ride step rides it off, a set piece's last shot.",
                POINT, RECTANGLE)
                .choice("kind", "motorcycle", "which vehicle", "dirt-bike", "motorcycle", "tow-truck", "police-car",
                        "swat-van", "pickup", "tanker", "helicopter")
                .choice("facing", "right", "which way it points", "left", "right"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
