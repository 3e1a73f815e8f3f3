package com.judgmentday.objects;

import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A ladder or chain: a zone Up and Down climb in (its name starts with its kind, for sound and looks). */
final class LadderType extends ObjectType<AreaDef> {
    LadderType() {
        super(new ObjectTypeDef("ladder", "A climbable ladder or chain; Up and Down climb while inside it.", RECTANGLE)
                .choice("kind", "ladder", "how it looks and sounds", "ladder", "chain"));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        return in.area(in.text("kind") + "#" + in.object.id);
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.ladders.add(def);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.LADDERS;
    }

    @Override
    public void populate(AreaDef def, EntityFactory factory) {
        factory.ladder(def);
    }
}
