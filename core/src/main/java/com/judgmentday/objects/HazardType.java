package com.judgmentday.objects;

import com.judgmentday.level.HazardDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;

/** What the hazard types (molten steel, fire, nitrogen) share: a named hazard of a kind, filed and built alike. */
abstract class HazardType extends ObjectType<HazardDef> {
    protected HazardType(ObjectTypeDef schema) {
        super(schema);
    }

    static HazardDef hazard(ObjectReading in, HazardDef.Kind kind, String fallbackName) {
        HazardDef hazard = new HazardDef();
        hazard.objectId = in.object.id;
        hazard.kind = kind;
        hazard.name = in.nameOr(fallbackName);
        return hazard;
    }

    @Override
    public final void file(HazardDef def, LevelDef level) {
        level.hazards.add(def);
    }

    @Override
    public final PopulationStage stage() {
        return PopulationStage.HAZARDS;
    }

    @Override
    public final void populate(HazardDef def, EntityFactory factory) {
        factory.hazard(def);
    }
}
