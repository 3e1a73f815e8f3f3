package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectShape;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.PlatformDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.sim.EntityFactory;

import static com.judgmentday.level.ObjectShape.POLYLINE;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A one-way platform along its top edge: an edge bodies pass from below (ContactRecorder lets them through) and
 * stand on from above (PlatformSystem); navigation and the validator see the same (TerrainGrid's platform cells).
 */
final class OneWayType extends ObjectType<PlatformDef> {
    OneWayType() {
        super(new ObjectTypeDef("one-way", "A platform you can jump up through and stand on; Down and Jump drop"
                + " through it. Its top edge is the platform.", RECTANGLE, POLYLINE)
                .flag("open-edge", false, OPEN_EDGE));
    }

    @Override
    public PlatformDef read(ObjectReading in) {
        float[] b = in.bounds();
        PlatformDef platform = new PlatformDef();
        platform.objectId = in.object.id;
        platform.name = in.nameOr("one-way");
        platform.minX = b[0];
        platform.maxX = b[2];
        platform.top = b[3];
        return platform;
    }

    @Override
    public void file(PlatformDef def, LevelDef level) {
        level.platforms.add(def);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.GROUND;
    }

    @Override
    public void populate(PlatformDef def, EntityFactory factory) {
        factory.platform(def);
    }

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        if (object.shape == ObjectShape.POLYLINE && object.points != null && object.geometryProblem == null) {
            float[] b = document.bounds(object);
            if (b[3] - b[1] > 0.01f) {
                problems.add(problem(document, object, "a one-way polyline must be level (its points at one height):"
                        + " a platform is a flat edge"));
            }
        }
    }
}
