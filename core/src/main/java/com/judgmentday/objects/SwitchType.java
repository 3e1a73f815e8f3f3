package com.judgmentday.objects;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.DoorOrder;
import com.judgmentday.components.SwitchComponent;
import com.judgmentday.content.UserText;
import com.judgmentday.level.DidYouMean;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.SwitchDef;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.sim.EntityFactory;

import java.util.Locale;

import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A wall switch the controlled character throws with Interact within reach: it opens, closes or toggles the doors
 * it names (SwitchSystem tells them, DoorSystem moves them) and reports {@code switch.thrown} for triggers.
 */
final class SwitchType extends ObjectType<SwitchDef> {
    SwitchType() {
        super(new ObjectTypeDef("switch", "A lever on the wall, thrown with Interact (E) by the player within reach;"
                + " it works doors and tells triggers (switch.thrown, what: its Name).", RECTANGLE, POINT)
                .text("doors", "", "the doors it works, by Name (door#id without one), comma-separated; empty: none")
                .choice("action", "open", "what it does to them", "open", "close", "toggle")
                .flag("once", true, "thrown once, it stays thrown; off: every press flips it")
                .number("reach", "1", 0.1f, 5f, "how far from it the player may stand and still throw it, metres")
                .flag("crank", false, "a crank or hand chain: the roller shutters it works (doors with opensSeconds)"
                        + " rise only while Interact is held at it (firing or not); let go, they stop where they are"));
    }

    @Override
    public SwitchDef read(ObjectReading in) {
        SwitchDef def = new SwitchDef();
        def.area = in.area(in.nameOr("switch"));
        def.doors = names(in.text("doors"));
        def.action = DoorOrder.valueOf(in.text("action").trim().toUpperCase(Locale.ROOT));
        def.once = in.flag("once");
        def.reach = in.number("reach");
        def.crank = in.flag("crank");
        return def;
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.SWITCHES;
    }

    @Override
    public void populate(SwitchDef def, EntityFactory factory) {
        Entity entity = factory.machine(def.area);
        SwitchComponent lever = new SwitchComponent();
        lever.doors = def.doors;
        lever.action = def.action;
        lever.once = def.once;
        lever.reach = def.reach;
        lever.crank = def.crank;
        entity.add(lever);
    }

    @Override
    public void check(MapObject object, TmxDocument document, Array<Problem> problems) {
        Array<String> doors = new Array<>();
        for (MapObject other : document.objects) {
            if (other.type.equals("door")) {
                doors.add(other.name.isEmpty() ? "door#" + other.id : other.name);
            }
        }
        boolean crank = Boolean.parseBoolean(object.properties.get("crank", "false").trim());
        if (crank && (!object.properties.get("action", "open").trim().equalsIgnoreCase("open")
                || !Boolean.parseBoolean(object.properties.get("once", "true").trim()))) {
            // Each fresh grip would throw it again: a toggle drops the rising shutter, and every grip tells a trigger.
            problems.add(problem(document, object, "a crank opens, once: set its action to open and once to true, or"
                    + " clear crank"));
        }
        for (String name : names(object.properties.get("doors", ""))) {
            if (crank && doors.contains(name, false) && !shutter(document, name)) {
                problems.add(problem(document, object, "it is a crank, but its door '" + UserText.token(name)
                        + "' opens at once: give the door an opensSeconds (a roller shutter) or clear crank"));
            }
            if (!doors.contains(name, false)) {
                problems.add(problem(document, object, "its door '" + UserText.token(name) + "' matches no door's Name"
                        + (doors.isEmpty() ? "; add a door or clear its doors" : DidYouMean.hint(name, doors))));
            }
        }
    }

    /** The door of that Name rises over seconds (a roller shutter), as a crank's must. */
    private static boolean shutter(TmxDocument document, String name) {
        for (MapObject other : document.objects) {
            if (other.type.equals("door") && (other.name.isEmpty() ? "door#" + other.id : other.name).equals(name)) {
                String seconds = other.properties.get("opensSeconds", "0").trim();
                try {
                    return Float.parseFloat(seconds) > 0f;
                } catch (NumberFormatException notANumber) {
                    return true; // the door's own check says what is wrong with it
                }
            }
        }
        return false;
    }

    private static String[] names(String list) {
        Array<String> names = new Array<>(String.class);
        for (String part : list.split(",")) {
            if (!part.trim().isEmpty()) {
                names.add(part.trim());
            }
        }
        return names.toArray();
    }
}
