package com.judgmentday.level;

import com.badlogic.gdx.utils.XmlReader.Element;
import com.judgmentday.content.UserText;

/**
 * Reads numeric attributes of a Tiled map strictly: not a number, not finite or out of range is refused
 * with the place named, so bad values never reach Box2D (which aborts the JVM on them).
 */
final class TmxNumbers {
    /** Largest coordinate accepted, in pixels (about 31 km): beyond any level, well inside Box2D's floats. */
    static final float MAX_COORDINATE = 1_000_000f;

    private TmxNumbers() {
    }

    /** A float attribute, or the fallback when absent; {@code where} starts the message. */
    static float decimal(String where, Element element, String attribute, float fallback, float min, float max) {
        String text = element.getAttribute(attribute, null);
        if (text == null) {
            return fallback;
        }
        return parse(where, attribute + " " + UserText.quote(text), text, min, max);
    }

    /** A required float attribute. */
    static float required(String where, Element element, String attribute, float min, float max) {
        String text = element.getAttribute(attribute, null);
        if (text == null) {
            throw new LevelException(where + "the map has no " + attribute + " attribute; re-save it with Tiled");
        }
        return parse(where, attribute + " " + UserText.quote(text), text, min, max);
    }

    /** A whole-number attribute, or the fallback when absent. */
    static int whole(String where, Element element, String attribute, int fallback) {
        String text = element.getAttribute(attribute, null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new LevelException(where + attribute + " " + UserText.quote(text) + " is not a whole number");
        }
    }

    /** Parses one number of a point list or attribute, checking it is finite and within range. */
    static float parse(String where, String what, String text, float min, float max) {
        float value;
        try {
            value = Float.parseFloat(text.trim());
        } catch (NumberFormatException e) {
            throw new LevelException(where + what + " is not a number");
        }
        if (!Float.isFinite(value) || value < min || value > max) {
            throw new LevelException(where + what + " is out of range " + format(min) + " to " + format(max));
        }
        return value;
    }

    private static String format(float value) {
        return value == (long) value ? Long.toString((long) value) : Float.toString(value);
    }
}
