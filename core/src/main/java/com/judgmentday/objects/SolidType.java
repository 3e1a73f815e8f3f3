package com.judgmentday.objects;

import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.POLYGON;
import static com.judgmentday.level.ObjectShape.POLYLINE;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Static ground and walls: a body of their outline. */
final class SolidType extends ObjectType<SolidDef> {
    SolidType() {
        super(new ObjectTypeDef("solid", "Static ground and walls; a polyline is a one-sided edge chain.",
                RECTANGLE, POLYGON, POLYLINE)
                .choice("material", "earth", "what it is made of (sound, sparks, the T-1000's mimicry)",
                        "earth", "concrete", "steel", "chequered", "striped", "glass")
                .flag("open-edge", false, OPEN_EDGE));
    }

    @Override
    public SolidDef read(ObjectReading in) {
        SolidDef ground = in.solid();
        ground.material = in.text("material");
        return ground;
    }

    @Override
    public void file(SolidDef def, LevelDef level) {
        level.solids.add(def);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.GROUND;
    }

    @Override
    public void populate(SolidDef def, EntityFactory factory) {
        factory.solid(def);
    }
}
