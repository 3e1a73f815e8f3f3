package com.judgmentday.objects;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.ConveyorComponent;
import com.judgmentday.level.ConveyorDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A belt: a steel box people stand on (so navigation and the validator see ground), whose top carries what stands
 * on it (ConveyorSystem).
 */
final class ConveyorType extends ObjectType<ConveyorDef> {
    ConveyorType() {
        super(new ObjectTypeDef("conveyor", "A belt that carries what stands on it (its top is the floor).", RECTANGLE)
                .number("speed", "2", -20, 20, "metres per second; negative runs left")
                .flag("open-edge", false, OPEN_EDGE));
    }

    @Override
    public ConveyorDef read(ObjectReading in) {
        ConveyorDef belt = new ConveyorDef();
        belt.surface = in.solid();
        belt.surface.material = "steel";
        belt.speed = in.number("speed");
        return belt;
    }

    @Override
    public void file(ConveyorDef def, LevelDef level) {
        level.solids.add(def.surface);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.GROUND;
    }

    @Override
    public void populate(ConveyorDef def, EntityFactory factory) {
        Entity belt = factory.solid(def.surface);
        ConveyorComponent conveyor = new ConveyorComponent();
        float[] v = def.surface.vertices;
        conveyor.speed = def.speed;
        conveyor.left = Math.min(v[0], v[4]);
        conveyor.right = Math.max(v[0], v[4]);
        conveyor.top = Math.max(v[1], v[5]);
        belt.add(conveyor);
    }
}
