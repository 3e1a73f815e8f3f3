package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.UserText;

import java.util.Locale;

/**
 * Says what to do about an object whose type is missing or unknown, spotting a type written where some
 * libGDX tutorials put it (a custom property {@code type}, {@code class} or {@code name}, or the object's
 * Name) and pointing at the Class, which is where Tiled keeps it.
 */
final class TypeAdvice {
    /** Custom properties a type is sometimes written in, looked at in this order. */
    private static final String[] PLACES = {"type", "class", "name"};
    private static final String CLASS = "Class (Tiled 1.9+) or Type (1.8)";

    private TypeAdvice() {
    }

    /** The message for an object with no type. */
    static String missing(MapObject object, Array<String> typeNames) {
        String hint = misplaced(object, typeNames);
        if (hint != null) {
            return "object has no type, but " + hint;
        }
        String property = typeProperty(object);
        if (property != null) {
            return "object has no type; a custom property " + UserText.quote(property) + " doesn't give one: set its "
                    + CLASS + " to one of " + typeNames.toString(", ");
        }
        return "object has no type; set its " + CLASS + " to one of " + typeNames.toString(", ");
    }

    /** The message for an object whose type the schema doesn't know. */
    static String unknown(MapObject object, Array<String> typeNames) {
        String hint = misplaced(object, typeNames);
        String type = "unknown type " + UserText.quote(object.type);
        return hint != null ? type + ", but " + hint : type + DidYouMean.hint(object.type, typeNames);
    }

    /** "its custom property 'type' says 'crate': did you mean its Class? ..." when the type is elsewhere; else null. */
    private static String misplaced(MapObject object, Array<String> typeNames) {
        for (String place : PLACES) {
            String property = property(object, place);
            String value = property == null ? null : object.properties.get(property).trim();
            String type = value == null || value.isEmpty() ? null : DidYouMean.closest(value, typeNames);
            if (type != null) {
                return "its custom property " + UserText.quote(property) + " says " + UserText.quote(value)
                        + ": did you mean its Class? Set " + CLASS + " to " + type + " and remove the property";
            }
        }
        for (String type : typeNames) {
            if (type.equalsIgnoreCase(object.name.trim())) {
                return "its Name says " + UserText.quote(object.name) + ": did you mean its Class? Set " + CLASS + " to " + type;
            }
        }
        return null;
    }

    /** The custom property that would hold a type (type or class, any case), or null. */
    private static String typeProperty(MapObject object) {
        String type = property(object, "type");
        return type != null ? type : property(object, "class");
    }

    /** The object's custom property with this name in any case, or null. */
    private static String property(MapObject object, String name) {
        for (String key : object.properties.keys()) {
            if (key.toLowerCase(Locale.ROOT).equals(name)) {
                return key;
            }
        }
        return null;
    }
}
