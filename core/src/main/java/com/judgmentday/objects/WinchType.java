package com.judgmentday.objects;

import com.judgmentday.components.WinchComponent;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.WinchDef;
import com.judgmentday.sim.EntityFactory;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A winch (the pulley control): while the controlled character stands in its area and holds Interact, the chain of
 * the load it names pays out and the load goes down (WinchSystem); it reports {@code winch.started} and
 * {@code winch.bottomed} for triggers and objectives.
 */
final class WinchType extends ObjectType<WinchDef> {
    WinchType() {
        super(new ObjectTypeDef("winch", "A pulley control: the player standing in it and holding Interact (E) pays out"
                + " the chain of a load, which goes down until it is let go; winch.started (once), then winch.bottomed"
                + " when all its chain is out or the load meets molten steel or the ground (what: its Name).", RECTANGLE)
                .ref("load", null, "the load it lowers", "load")
                .number("speed", "0.6", 0.05f, 10f, "metres a second the chain pays out while Interact is held")
                .number("length", "6", 0.1f, 50f, "metres of chain it can pay out")
                .flag("locked", false, "it does nothing until a beat's 'open #id' step unlocks it (the epilogue's"
                        + " pulley, which must not lower an empty hook first)"));
    }

    @Override
    public WinchDef read(ObjectReading in) {
        WinchDef def = new WinchDef();
        def.area = in.area(in.nameOr("winch"));
        MapObject load = in.ref("load");
        def.load = load.id;
        def.loadName = load.name.isEmpty() ? "load" : load.name;
        def.speed = in.number("speed");
        def.length = in.number("length");
        def.locked = in.flag("locked");
        return def;
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.SWITCHES;
    }

    @Override
    public void populate(WinchDef def, EntityFactory factory) {
        WinchComponent winch = new WinchComponent();
        winch.def = def;
        winch.locked = def.locked;
        factory.machine(def.area).add(winch);
    }
}
