package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectShape;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Liquid nitrogen: a tank that ruptures when shot or blasted, or a pipe that spills from the start. */
final class NitrogenSourceType extends HazardType {
    NitrogenSourceType() {
        super(new ObjectTypeDef("nitrogen-source", "Liquid nitrogen: a tank that ruptures or a pipe.", RECTANGLE, POINT)
                .choice("kind", "tank", "tank or pipe", "tank", "pipe")
                .number("volume", "2000", 1, 100000, "litres it holds")
                .number("ruptureImpulse", "200", 0, 100000, "impulse that ruptures it, N·s"));
    }

    /** A nitrogen source spills from its point, or from a tank's bottom centre. */
    @Override
    public HazardDef read(ObjectReading in) {
        float[] b = in.bounds();
        HazardDef hazard = hazard(in, HazardDef.Kind.NITROGEN, "nitrogen");
        hazard.x = (b[0] + b[2]) / 2f;
        hazard.y = b[1];
        hazard.litres = in.number("volume");
        hazard.spillsAtStart = "pipe".equals(in.text("kind"));
        hazard.ruptureImpulse = in.number("ruptureImpulse");
        hazard.tankWidth = b[2] - b[0];
        hazard.tankHeight = b[3] - b[1];
        return hazard;
    }

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        if (object.shape == ObjectShape.POINT && !"pipe".equals(object.properties.get("kind", "tank"))) {
            problems.add(problem(document, object, "a tank needs a size for shots to strike: draw it as a rectangle,"
                    + " or set kind to pipe for a point that spills from the start"));
        }
    }
}
