package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Where the level is won: a zone ExitSystem watches. */
final class ExitType extends ObjectType<AreaDef> {
    ExitType() {
        super(new ObjectTypeDef("exit", "Reaching it wins the level; John, when the level has him, must be there too.",
                RECTANGLE)
                .text("next", "", "the level that follows (an id); empty: back to the menu")
                .choice("opens", "always", "when it lets the player out: always, or only once the T-1000 is destroyed",
                        "always", "t1000-gone"));
    }

    @Override
    public AreaDef read(ObjectReading in) {
        AreaDef exit = in.area(in.object.name.isEmpty() ? "exit" : in.object.name);
        exit.next = in.text("next").trim();
        exit.opensWhenPursuerGone = "t1000-gone".equals(in.text("opens"));
        return exit;
    }

    @Override
    public void file(AreaDef def, LevelDef level) {
        level.exits.add(def);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.EXITS;
    }

    @Override
    public void populate(AreaDef def, EntityFactory factory) {
        factory.exit(def);
    }

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        if ("t1000-gone".equals(object.properties.get("opens", "always"))
                && (!has(document, "t1000-spawn") || !has(document, "molten-steel"))) {
            problems.add(problem(document, object, "it opens once the T-1000 is gone, but only molten steel destroys it and"
                    + " the map needs both a t1000-spawn and molten-steel; add them or set opens to always"));
        }
    }

    private static boolean has(TmxDocument document, String type) {
        for (MapObject object : document.objects) {
            if (object.type.equals(type)) {
                return true;
            }
        }
        return false;
    }
}
