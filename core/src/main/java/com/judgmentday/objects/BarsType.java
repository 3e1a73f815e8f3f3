package com.judgmentday.objects;

import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Cell bars: solid to people, the T-1000 pours through. */
final class BarsType extends ObjectType<SolidDef> {
    BarsType() {
        super(new ObjectTypeDef("bars", "Cell bars or a grate: the T-1000 pours through, nothing else passes.", RECTANGLE));
    }

    @Override
    public SolidDef read(ObjectReading in) {
        SolidDef bars = in.solid();
        bars.bars = true;
        return bars;
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
