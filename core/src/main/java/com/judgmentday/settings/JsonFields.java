package com.judgmentday.settings;

import com.badlogic.gdx.utils.JsonValue;

/** Typed, checked reads of a settings or progress file's fields: a wrong value is refused by name. */
final class JsonFields {
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
                    + value.toJson(com.badlogic.gdx.utils.JsonWriter.OutputType.json) + ")");
        }
        return value.asFloat();
    }

    static boolean bool(JsonValue json, String name, boolean fallback) {
        JsonValue value = json.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false (found "
                    + value.toJson(com.badlogic.gdx.utils.JsonWriter.OutputType.json) + ")");
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
}
