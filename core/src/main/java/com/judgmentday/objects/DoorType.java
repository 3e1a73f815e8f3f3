package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.SolidDef;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A closed door: solid, drawn as a door; the T-1000 pours under it where it leaves a gap. */
final class DoorType extends ObjectType<SolidDef> {
    DoorType() {
        super(new ObjectTypeDef("door", "A door that blocks until opened by a key, a trigger or a beat.", RECTANGLE)
                .flag("locked", false, "starts locked")
                .text("key", "", "the key pick-up that opens it (its key property); empty: none")
                .ref("trigger", "0", "a trigger zone that opens it", "trigger"));
    }

    @Override
    public SolidDef read(ObjectReading in) {
        SolidDef door = in.solid();
        door.door = true;
        door.material = "wood";
        return door;
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

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        String key = object.properties.get("key", "");
        if (!key.isEmpty() && !hasKeyPickup(document, key)) {
            problems.add(problem(document, object, "its key '" + key + "' matches no pickup with item key and key "
                    + key + "; add one or clear the door's key"));
        }
    }

    private static boolean hasKeyPickup(TmxDocument document, String key) {
        for (MapObject object : document.objects) {
            if (object.type.equals("pickup") && "key".equals(object.properties.get("item")) && key.equals(object.properties.get("key"))) {
                return true;
            }
        }
        return false;
    }
}
