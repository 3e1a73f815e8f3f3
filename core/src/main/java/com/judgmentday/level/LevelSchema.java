package com.judgmentday.level;

import com.judgmentday.objects.ObjectTypes;

import java.util.ArrayList;
import java.util.List;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * Every object type a level may hold and every property each takes, with defaults and ranges: the one
 * source for the loader, the validator, the Tiled object-types file and docs/levels.md. Each type's entry
 * is its own ({@link com.judgmentday.objects.ObjectType}); this gathers them with the map's properties.
 */
public final class LevelSchema {
    private final List<ObjectTypeDef> types = new ArrayList<>();
    private final ObjectTypeDef map = new ObjectTypeDef("map", "Properties of the map itself.", RECTANGLE)
            .text("title", "", "the level's name on screen; the file name when empty")
            .text("briefing", "", "what to do, in a line: shown as the level starts and as a tip on the game-over page")
            .text("needs", "", "spawns the level must have, comma-separated: john, t1000 (empty: none)")
            .choice("backdrop", "city", "the set piece's parallax backdrop", "none", "city", "hospital", "mill", "desert", "corridor", "mall")
            .text("loadout", "", "weapons the player's character starts with, comma-separated, in switching order: "
                    + "shotgun, pistol, m16, m79, minigun, each with its tuned rounds or as many as name:rounds says "
                    + "(m79:1, the last grenade); empty: the character's own loadout in tuning.json")
            .text("oneArmed", "", "characters (ids, comma-separated) that start this level one-armed, from any start"
                    + " point: they lost an arm in an earlier map")
            .text("rebooted", "", "characters (ids, comma-separated) whose emergency power reroute was spent in an earlier"
                    + " map: they start at its health, and a shutdown here is final")
            .text("objectives", "", "what wins and loses the level, one a row: 'id: kind [arguments] | words on screen'"
                    + " (see Objectives; empty: reach an exit, with John alive when he is there)");

    /** The game's schema: the object types' entries, in the registry's order. */
    public static LevelSchema standard() {
        return ObjectTypes.standard().schema();
    }

    /** A schema of these types (the registry makes it: each type owns its entry). */
    public LevelSchema(List<ObjectTypeDef> types) {
        this.types.addAll(types);
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
