package com.judgmentday.objects;

import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A loose crate: a dynamic body shots and blasts push. */
final class CrateType extends ObjectType<AreaDef> {
    CrateType() {
        super(new ObjectTypeDef("crate", "A loose crate the shotgun knocks about (its weight is in tuning.json).", RECTANGLE));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        return in.area("crate#" + in.object.id);
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.crates.add(def);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.CRATES;
    }

    @Override
    public void populate(AreaDef def, EntityFactory factory) {
        factory.crate(def);
    }
}
