package com.judgmentday.objects;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CatchesComponent;
import com.judgmentday.components.CrusherComponent;
import com.judgmentday.level.CrusherDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;
import com.judgmentday.sim.Simulation;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * Crushing machinery: a zone that strikes once a period, hurting and throwing out what it catches, or (catches)
 * holding an arm (CrusherSystem).
 */
final class CrusherType extends ObjectType<CrusherDef> {
    CrusherType() {
        super(new ObjectTypeDef("crusher", "Crushing machinery, a press or cog wheels: once a period it hurts and throws"
                + " out whoever is inside its rectangle.", RECTANGLE)
                .choice("kind", "gears", "which machine", "gears", "press")
                .number("period", "2", 0.1f, 60, "seconds per cycle; it strikes as each ends")
                .number("damage", "40", 0, 1000, "damage per hit")
                .flag("catches", false, "its strike catches an arm instead of throwing: whoever tuning lets machinery"
                        + " hold (cutFreeSeconds) stays held until they hold Interact to cut free, then fights on one-armed"));
    }

    @Override
    public CrusherDef read(ObjectReading in) {
        CrusherDef crusher = new CrusherDef();
        crusher.area = in.area(in.nameOr("crusher"));
        crusher.periodSeconds = in.number("period");
        crusher.damage = in.number("damage");
        crusher.press = "press".equals(in.text("kind"));
        crusher.catches = in.flag("catches");
        return crusher;
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.HAZARDS;
    }

    @Override
    public void populate(CrusherDef def, EntityFactory factory) {
        Entity machine = factory.machine(def.area);
        CrusherComponent crusher = new CrusherComponent();
        crusher.periodTicks = Math.max(1, Math.round(def.periodSeconds * Simulation.TICKS_PER_SECOND));
        crusher.damage = def.damage;
        crusher.press = def.press;
        machine.add(crusher);
        if (def.catches) {
            machine.add(new CatchesComponent());
        }
    }
}
