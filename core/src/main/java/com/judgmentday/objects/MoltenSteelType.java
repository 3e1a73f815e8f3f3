package com.judgmentday.objects;

import com.judgmentday.level.HazardDef;
import com.judgmentday.level.ObjectTypeDef;
import static com.judgmentday.level.ObjectShape.POLYGON;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Molten steel: a pool or vat that heats and melts, or an overflow that pours and runs along the floor. */
final class MoltenSteelType extends HazardType {
    MoltenSteelType() {
        super(new ObjectTypeDef("molten-steel", "Molten steel: the only thing that ends the T-1000.", RECTANGLE, POLYGON)
                .choice("kind", "pool", "a pool on the floor, a vat, or an overflow that pours from the area's bottom"
                        + " centre and runs along the floor until it sets", "pool", "vat", "overflow")
                .number("temperature", "1500", 800, 2000, "degrees Celsius")
                .number("volume", "300", 1, 100000, "for overflow: litres that pour out"));
    }

    @Override
    public HazardDef read(ObjectReading in) {
        float[] b = in.bounds();
        HazardDef hazard = hazard(in, HazardDef.Kind.MOLTEN, "molten-steel");
        hazard.x = b[0];
        hazard.y = b[1];
        hazard.width = b[2] - b[0];
        hazard.height = b[3] - b[1];
        hazard.celsius = in.number("temperature");
        if ("overflow".equals(in.text("kind"))) {
            // An overflow pours from its area's bottom centre and runs along the floor while it lasts.
            hazard.x = (b[0] + b[2]) / 2f;
            hazard.width = 0f;
            hazard.height = 0f;
            hazard.litres = in.number("volume");
            hazard.spillsAtStart = true;
        }
        return hazard;
    }
}
