package com.judgmentday.level;

import java.util.ArrayList;
import java.util.List;

import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.POLYGON;
import static com.judgmentday.level.ObjectShape.POLYLINE;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * Every object type a level may hold and every property each takes, with defaults and ranges: the one
 * source for the loader, the validator, the Tiled object-types file and docs/levels.md.
 */
public final class LevelSchema {
    public static final String[] CHARACTERS = {"t800", "sarah"};

    private final List<ObjectTypeDef> types = new ArrayList<>();
    private final ObjectTypeDef map = new ObjectTypeDef("map", "Properties of the map itself.", RECTANGLE)
            .text("title", "", "the level's name on screen; the file name when empty")
            .text("briefing", "", "what to do, in a line: shown as the level starts and as a tip on the game-over page")
            .text("needs", "", "spawns the level must have, comma-separated: john, t1000 (empty: none)")
            .choice("backdrop", "city", "the set piece's parallax backdrop", "none", "city", "hospital", "mill", "desert", "corridor")
            .text("loadout", "", "weapons the T-800 starts with, comma-separated, in switching order: shotgun, pistol, "
                    + "m16, m79, minigun (empty: the tuning's loadout)")
            .text("objectives", "", "what wins and loses the level, one a row: 'id: kind [arguments] | words on screen'"
                    + " (see Objectives; empty: reach an exit, with John alive when he is there)");

    /** The game's schema. */
    public static LevelSchema standard() {
        return new LevelSchema();
    }

    private LevelSchema() {
        add(new ObjectTypeDef("player-spawn", "Where the player starts; exactly one per level.", POINT, RECTANGLE)
                .choice("character", "t800", "who the player controls", CHARACTERS)
                .choice("facing", "right", "which way the player faces at the start (toward the first threat)", "left",
                        "right"));
        add(new ObjectTypeDef("john-spawn", "Where John starts; he follows the player.", POINT, RECTANGLE));
        add(new ObjectTypeDef("t1000-spawn", "Where the T-1000 enters.", POINT, RECTANGLE)
                .text("disguise", "police", "the look it arrives in (police, guard, ...)")
                .number("delay", "0", 0, 600, "seconds after the level starts before it appears"));
        add(new ObjectTypeDef("solid", "Static ground and walls; a polyline is a one-sided edge chain.",
                RECTANGLE, POLYGON, POLYLINE)
                .choice("material", "earth", "what it is made of (sound, sparks, the T-1000's mimicry)",
                        "earth", "concrete", "steel", "chequered", "striped", "glass"));
        add(new ObjectTypeDef("one-way", "A platform you can jump up through and stand on; Down drops through it.",
                RECTANGLE, POLYLINE));
        add(new ObjectTypeDef("ladder", "A climbable ladder or chain; Up and Down climb while inside it.", RECTANGLE)
                .choice("kind", "ladder", "how it looks and sounds", "ladder", "chain"));
        add(new ObjectTypeDef("bars", "Cell bars or a grate: the T-1000 pours through, nothing else passes.", RECTANGLE));
        add(new ObjectTypeDef("door", "A door that blocks until opened by a key, a trigger or a beat.", RECTANGLE)
                .flag("locked", false, "starts locked")
                .text("key", "", "the key pick-up that opens it (its key property); empty: none")
                .ref("trigger", "0", "a trigger zone that opens it", "trigger"));
        add(new ObjectTypeDef("elevator", "A moving platform that travels along a path.", RECTANGLE)
                .ref("path", null, "the path object it travels along", "path")
                .number("speed", "1.5", 0.1f, 20, "metres per second")
                .flag("moving", false, "starts moving without being called"));
        add(new ObjectTypeDef("path", "A route for elevators (and later, patrols).", POLYLINE));
        add(new ObjectTypeDef("conveyor", "A belt that carries what stands on it.", RECTANGLE)
                .number("speed", "2", -20, 20, "metres per second; negative runs left"));
        add(new ObjectTypeDef("crusher", "Crushing machinery: a press or the cog wheels.", RECTANGLE)
                .choice("kind", "gears", "which machine", "gears", "press")
                .number("period", "2", 0.1f, 60, "seconds per cycle")
                .number("damage", "40", 0, 1000, "damage per hit"));
        add(new ObjectTypeDef("molten-steel", "Molten steel: the only thing that ends the T-1000.", RECTANGLE, POLYGON)
                .choice("kind", "pool", "a pool on the floor, a vat, or an overflow that pours from the area's bottom"
                        + " centre and runs along the floor until it sets", "pool", "vat", "overflow")
                .number("temperature", "1500", 800, 2000, "degrees Celsius")
                .number("volume", "300", 1, 100000, "for overflow: litres that pour out"));
        add(new ObjectTypeDef("fire", "Flames: they radiate heat and burn whoever stands in them (the T-1000 only"
                + " melts in molten steel).", RECTANGLE)
                .number("temperature", "800", 200, 1500, "degrees Celsius"));
        add(new ObjectTypeDef("nitrogen-source", "Liquid nitrogen: a tank that ruptures or a pipe.", RECTANGLE, POINT)
                .choice("kind", "tank", "tank or pipe", "tank", "pipe")
                .number("volume", "2000", 1, 100000, "litres it holds")
                .number("ruptureImpulse", "200", 0, 100000, "impulse that ruptures it, N·s"));
        add(new ObjectTypeDef("breakable", "Glass, walls or wood that break when hit hard enough.", RECTANGLE)
                .choice("material", "glass", "what breaks", "glass", "wall", "wood")
                .whole("hitPoints", "10", 1, 100000, "damage it takes before it breaks"));
        add(new ObjectTypeDef("pickup", "Something the player picks up.", POINT, RECTANGLE)
                .choice("item", "ammo", "what it is", "shotgun", "m16", "m79", "minigun", "pistol", "ammo", "grenades",
                        "health", "key")
                .whole("amount", "1", 1, 1000, "how many (shells, grenades, health points)")
                .text("key", "", "for item=key: the name doors ask for"));
        add(new ObjectTypeDef("npc", "A person: civilians, guards, police, SWAT. None should die.", POINT, RECTANGLE)
                .choice("role", "civilian", "who they are", "civilian", "guard", "orderly", "police", "swat", "pilot")
                .choice("behaviour", "idle", "what they do", "idle", "patrol", "flee", "cover", "shoot")
                .text("line", "", "a line of dialogue the T-1000 can copy when it samples them"));
        add(new ObjectTypeDef("vehicle", "A vehicle the level places.", POINT, RECTANGLE)
                .choice("kind", "motorcycle", "which vehicle", "dirt-bike", "motorcycle", "tow-truck", "police-car",
                        "swat-van", "pickup", "tanker", "helicopter")
                .choice("facing", "right", "which way it points", "left", "right"));
        add(new ObjectTypeDef("trigger", "When something happens: an area entered, an event seen, a timer, a beat"
                + " finished, all or any of other triggers; it starts a beat.", RECTANGLE, POLYGON, POINT)
                .choice("when", "enter", "what fires it", "enter", "event", "timer", "beat-done", "all", "any")
                .choice("by", "controlled", "for enter: who must enter the area", "controlled", "john", "t1000", "anyone")
                .text("event", "", "for event: the event's id (t1000.frozen, person.down, casualty...)")
                .text("who", "", "for event: only events by this name (john, t1000, a crate's name); empty: anyone")
                .text("what", "", "for event: only events about this (an exit's, door's or beat's name); empty: anything")
                .whole("count", "1", 1, 100000, "for event: how many times it must be seen")
                .number("seconds", "0", 0, 3600, "for timer: seconds after the level starts")
                .ref("after", "0", "for beat-done: the beat it waits for", "beat")
                .text("of", "", "for all and any: the other triggers' IDs, comma-separated")
                .ref("beat", "0", "the beat it starts (none: it only serves an all or any)", "beat")
                .flag("repeat", false, "fires every time its condition comes true anew, rather than once"));
        add(new ObjectTypeDef("checkpoint", "A place to restart from; its Name names it.", POINT, RECTANGLE));
        add(new ObjectTypeDef("exit", "Reaching it wins the level; John, when the level has him, must be there too.",
                RECTANGLE)
                .text("next", "", "the level that follows (an id); empty: back to the menu")
                .choice("opens", "always", "when it lets the player out: always, or only once the T-1000 is destroyed",
                        "always", "t1000-gone"));
        add(new ObjectTypeDef("light", "A light the level shows: a red emergency beacon that pulses, or a steady lamp.",
                POINT)
                .choice("kind", "beacon", "what light", "beacon", "lamp"));
        add(new ObjectTypeDef("camera-zone", "While the player is inside, the camera keeps within it.", RECTANGLE)
                .number("zoom", "1", 0.25f, 4, "1 is the normal view; 2 shows twice as much"));
        add(new ObjectTypeDef("beat", "A scripted moment: steps run in order when a trigger starts it.", POINT, RECTANGLE)
                .text("steps", null, "one step a row: say, camera, lock, unlock, spawn, remove, open, close, objective,"
                        + " checkpoint, music, impulse, freeze, overflow, rupture, wait (see Beats)"));
        add(new ObjectTypeDef("crate", "A loose crate the shotgun knocks about (its weight is in tuning.json).", RECTANGLE));
    }

    private void add(ObjectTypeDef type) {
        types.add(type);
    }

    public List<ObjectTypeDef> types() {
        return types;
    }

    /** The type of that name, or null. */
    public ObjectTypeDef type(String name) {
        for (ObjectTypeDef type : types) {
            if (type.name.equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** The properties of the map itself. */
    public ObjectTypeDef mapProperties() {
        return map;
    }
}
