package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A vehicle someone drives. Refused until the chases simulate one, so that no map validates with a truck the
 * player would find he cannot get on.
 */
final class VehicleType extends ObjectType<Void> {
    VehicleType() {
        super(new ObjectTypeDef("vehicle", "A vehicle a character drives (not simulated yet: the validator refuses it;"
                + " place a parked-vehicle for set dressing).", POINT, RECTANGLE));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }

    @Override
    public String notSimulated() {
        return "for one that only stands as set dressing, make it a parked-vehicle";
    }
}
