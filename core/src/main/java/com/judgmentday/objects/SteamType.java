package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.sim.Simulation;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A steam vent: its rectangle is the jet, the vent at its bottom. Once a period it vents for its duty: whoever stands
 * in the jet then is scalded (heat, as in molten steel but at steam's temperature) and a frozen T-1000 thaws; between
 * puffs it is safe to pass, like a press between strikes.
 */
final class SteamType extends HazardType {
    SteamType() {
        super(new ObjectTypeDef("steam", "A steam vent: the rectangle is its jet; it vents for its duty once a period,"
                + " scalding whoever stands in it.", RECTANGLE)
                .number("period", "3", 0.5f, 60, "seconds from one puff to the next")
                .number("duty", "1", 0.1f, 60, "seconds each puff lasts (less than the period)")
                .number("phase", "0", 0, 60, "seconds into its cycle it starts (vents in turn)")
                .number("temperature", "110", 60, 400, "degrees Celsius of the jet"));
    }

    @Override
    public HazardDef read(ObjectReading in) {
        float[] b = in.bounds();
        HazardDef hazard = hazard(in, HazardDef.Kind.STEAM, "steam");
        hazard.x = b[0];
        hazard.y = b[1];
        hazard.width = b[2] - b[0];
        hazard.height = b[3] - b[1];
        hazard.celsius = in.number("temperature");
        hazard.periodTicks = ticks(in.number("period"));
        hazard.dutyTicks = ticks(in.number("duty"));
        hazard.phaseTicks = ticks(in.number("phase"));
        return hazard;
    }

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        float period = seconds(object, "period", 3f);
        float duty = seconds(object, "duty", 1f);
        // A number the schema refused is NaN here: its own message says so.
        if (duty >= period) {
            problems.add(new Problem(document.file, object.id, object.label(), "duty " + duty + " s is not less than its"
                    + " period " + period + " s: the vent would never stop; make the duty shorter"));
        }
    }

    private static float seconds(MapObject object, String property, float fallback) {
        try {
            return Float.parseFloat(object.properties.get(property, Float.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    private static int ticks(float seconds) {
        return Math.max(1, Math.round(seconds * Simulation.TICKS_PER_SECOND));
    }
}
