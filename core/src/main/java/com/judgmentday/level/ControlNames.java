package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.UserText;
import com.judgmentday.stage.StepDef;

import java.util.Locale;

/**
 * Whom a beat's {@code control} step names: a character object by its name or character id, the player-spawn's
 * character (to switch back to it) or John. The step is resolved to the character id, the report name the
 * simulation finds them by (a level holds each playable character once).
 */
final class ControlNames {
    private ControlNames() {
    }

    /** Sets the step's role to the character it names; null, or what is wrong in words. */
    static String resolve(TmxDocument document, StepDef step) {
        String wanted = step.word.isEmpty() ? step.role : step.word;
        ObjectMap<String, String> names = names(document);
        String character = names.get(wanted, names.get(wanted.toLowerCase(Locale.ROOT)));
        if (character != null) {
            step.role = character;
            step.word = "";
            return null;
        }
        Array<String> known = names.keys().toArray();
        known.sort();
        if ("john".equals(wanted)) {
            return "the map has no john-spawn; add one, or hand control to a character (its name) or an npc (#id)";
        }
        String meant = DidYouMean.closest(wanted, known);
        return "'" + UserText.token(wanted) + "' names no character of this map"
                + (meant != null ? "; did you mean '" + meant + "'?" : "")
                + " (characters: " + (known.isEmpty() ? "none" : known.toString(", ")) + "; a character object places one)";
    }

    /** Null when a protect or dont-shoot objective's {@code id} is a character of the map; otherwise what is wrong. */
    static String protectable(TmxDocument document, String id, String kind) {
        Array<String> ids = new Array<>();
        for (String character : names(document).values()) {
            if (!ids.contains(character, false)) {
                ids.add(character);
            }
        }
        ids.sort();
        if (ids.contains(id, false)) {
            return null;
        }
        String meant = DidYouMean.closest(id, ids);
        return "'" + kind + " " + UserText.token(id) + "' names no character of this map"
                + (meant != null ? "; did you mean '" + meant + "'?" : "") + " (characters: " + (ids.isEmpty() ? "none" : ids.toString(", ")) + ")";
    }

    /** Every name a control step may use, and the character id each stands for. */
    private static ObjectMap<String, String> names(TmxDocument document) {
        ObjectMap<String, String> names = new ObjectMap<>();
        for (MapObject object : document.objects) {
            String character;
            if (object.type.equals("character")) {
                character = object.properties.get("character", "").trim().toLowerCase(Locale.ROOT);
            } else if (object.type.equals("player-spawn")) {
                character = object.properties.get("character", "t800").trim().toLowerCase(Locale.ROOT);
            } else if (object.type.equals("john-spawn")) {
                character = "john";
            } else {
                continue;
            }
            if (character.isEmpty()) {
                continue;
            }
            names.put(character, character);
            if (!object.name.isEmpty()) {
                names.put(object.name, character);
            }
        }
        return names;
    }
}
