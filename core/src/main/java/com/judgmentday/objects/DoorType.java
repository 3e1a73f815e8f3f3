package com.judgmentday.objects;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.DoorDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.sim.EntityFactory;
import com.judgmentday.sim.Simulation;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A door: solid, drawn as a door, until the one carrying its key touches it, its trigger fires or a switch opens it
 * (DoorSystem opens it: it stops blocking bodies and navigation). The T-1000 pours under it where it leaves a gap.
 */
final class DoorType extends ObjectType<DoorDef> {
    DoorType() {
        super(new ObjectTypeDef("door", "A door that blocks until opened by a key, a trigger or a beat.", RECTANGLE)
                .flag("locked", false, "starts locked")
                .text("key", "", "the key pick-up that opens it (its key property); empty: none")
                .ref("trigger", "0", "a trigger zone that opens it", "trigger")
                .number("opensSeconds", "0", 0, 120, "seconds it takes to rise out of the way once worked (a roller "
                        + "shutter, drawn rising; it blocks until it is all the way up); 0: it opens at once"));
    }

    @Override
    public DoorDef read(ObjectReading in) {
        DoorDef door = new DoorDef();
        door.shape = in.solid();
        door.shape.door = true;
        door.shape.material = "wood";
        door.key = in.text("key").trim();
        MapObject trigger = in.ref("trigger");
        // The name the trigger fires under (trigger.fired's what), as the stage names it.
        door.trigger = trigger == null ? "" : trigger.name.isEmpty() ? "trigger#" + trigger.id : trigger.name;
        door.opensSeconds = in.number("opensSeconds");
        door.name = in.nameOr("door");
        return door;
    }

    @Override
    public void file(DoorDef def, LevelDef level) {
        level.solids.add(def.shape);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.GROUND;
    }

    @Override
    public void populate(DoorDef def, EntityFactory factory) {
        Entity door = factory.solid(def.shape);
        Mappers.IDENTITY.get(door).name = def.name;
        DoorComponent state = new DoorComponent();
        state.key = def.key;
        state.objectId = def.shape.objectId;
        state.trigger = def.trigger;
        state.opensTicks = Math.round(def.opensSeconds * Simulation.TICKS_PER_SECOND);
        door.add(state);
    }

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        String key = object.properties.get("key", "").trim();
        if (!key.isEmpty() && !hasKeyPickup(document, key)) {
            problems.add(problem(document, object, "its key '" + key + "' matches no pickup with item key and key "
                    + key + "; add one or clear the door's key"));
        }
    }

    private static boolean hasKeyPickup(TmxDocument document, String key) {
        for (MapObject object : document.objects) {
            if (object.type.equals("pickup") && "key".equals(object.properties.get("item"))
                    && key.equals(object.properties.get("key", "").trim())) {
                return true;
            }
        }
        return false;
    }
}
