package com.judgmentday.objects;

import com.judgmentday.level.HazardDef;
import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Flames: heat and burns. */
final class FireType extends HazardType {
    FireType() {
        super(new ObjectTypeDef("fire", "Flames: they radiate heat and burn whoever stands in them (the T-1000 only"
                + " melts in molten steel).", RECTANGLE)
                .number("temperature", "800", 200, 1500, "degrees Celsius"));
    }

    @Override
    public HazardDef read(ObjectReading in) {
        float[] b = in.bounds();
        HazardDef hazard = hazard(in, HazardDef.Kind.FIRE, "fire");
        hazard.x = b[0];
        hazard.y = b[1];
        hazard.width = b[2] - b[0];
        hazard.height = b[3] - b[1];
        hazard.celsius = in.number("temperature");
        return hazard;
    }
}
