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
        // Until a door opens, a map that counts on opening one would validate and then never open: refused.
        if (!object.properties.get("key", "").isEmpty()) {
            problems.add(problem(document, object, "opening a door with a key is not simulated yet: it would stay shut;"
                    + " clear its key (a door without a key or trigger stays shut, and the validator routes around it)"));
        }
        if (!object.properties.get("trigger", "0").trim().equals("0")) {
            problems.add(problem(document, object, "opening a door by a trigger is not simulated yet: it would stay shut;"
                    + " clear its trigger"));
        }
    }
}
