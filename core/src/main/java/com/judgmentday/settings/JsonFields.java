package com.judgmentday.settings;

import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.SerializationException;
import com.judgmentday.content.UserText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, checked reads of a settings or progress file's fields: a wrong value is refused by name, and shown
 * briefly and safely (never the file's text, never walked recursively).
 */
final class JsonFields {
    private static final Pattern LINE = Pattern.compile("on line (\\d+)");

    private JsonFields() {
    }

    /** A field that is missing keeps its default; a present one must be a number in range. */
    static float number(JsonValue json, String name, float fallback, float min, float max) {
        JsonValue value = json.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber() || value.asFloat() < min || value.asFloat() > max) {
            throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + " (found "
                    + shown(value) + ")");
        }
        return value.asFloat();
    }

    static boolean bool(JsonValue json, String name, boolean fallback) {
        JsonValue value = json.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false (found " + shown(value) + ")");
        }
        return value.asBoolean();
    }

    static String text(JsonValue json, String name, String fallback) {
        JsonValue value = json.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return value.asString();
    }

    /** A field that must hold an object (or an array, when {@code array}); null when missing. */
    static JsonValue child(JsonValue json, String name, boolean array) {
        JsonValue value = json.get(name);
        if (value != null && (array ? !value.isArray() : !value.isObject())) {
            throw new IllegalArgumentException(name + " must be " + (array ? "a list" : "an object"));
        }
        return value;
    }

    /** A 0-1 figure as written: two decimals, so 0.7 reads back as the same float. */
    static JsonValue fraction(float value) {
        return new JsonValue(Math.round(value * 100f) / 100.0);
    }

    /** A value as a refusal shows it: a scalar as written (cut short), a list or an object by its kind. */
    static String shown(JsonValue value) {
        switch (value.type()) {
            case object:
                return "an object";
            case array:
                return "a list";
            case stringValue:
                return "\"" + UserText.token(value.asString()) + "\"";
            case nullValue:
                return "null";
            default:
                return UserText.token(value.asString());
        }
    }

    /** Whether JSON text nests lists and objects more than {@code max} deep; checked before parsing, in one pass. */
    static boolean nestedDeeperThan(String text, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }

    /** " (line N)" from the parser's message, which otherwise quotes the file's text; "" when it names none. */
    static String lineOf(SerializationException e) {
        Matcher matcher = LINE.matcher(e.getMessage() == null ? "" : e.getMessage());
        return matcher.find() ? " (line " + matcher.group(1) + ")" : "";
    }
}
