package com.judgmentday.settings;

import com.badlogic.gdx.utils.JsonValue;
import com.judgmentday.content.UserText;
import com.judgmentday.input.Action;

import java.util.Arrays;
import java.util.Locale;

/**
 * Settings to and from the settings file's JSON. Reading refuses a wrong value with its field named; fields
 * missing from an older file keep their defaults; unknown fields are ignored.
 */
public final class SettingsJson {
    private static final int VERSION = 1;

    private SettingsJson() {
    }

    public static JsonValue write(Settings s) {
        JsonValue json = new JsonValue(JsonValue.ValueType.object);
        json.addChild("version", new JsonValue(VERSION));
        json.addChild("masterVolume", JsonFields.fraction(s.masterVolume));
        json.addChild("musicVolume", JsonFields.fraction(s.musicVolume));
        json.addChild("effectsVolume", JsonFields.fraction(s.effectsVolume));
        json.addChild("fullscreen", new JsonValue(s.fullscreen));
        json.addChild("vsync", new JsonValue(s.vsync));
        json.addChild("screenShake", new JsonValue(s.screenShake));
        json.addChild("difficulty", new JsonValue(s.difficulty));
        json.addChild("gameSpeed", JsonFields.fraction(s.gameSpeed));
        json.addChild("invulnerable", new JsonValue(s.invulnerable));
        json.addChild("keys", bindings(s.keys));
        json.addChild("pad", bindings(s.pad));
        return json;
    }

    private static JsonValue bindings(Bindings bindings) {
        JsonValue json = new JsonValue(JsonValue.ValueType.object);
        for (Action action : Action.values()) {
            if (!bindings.binds(action)) {
                continue;
            }
            JsonValue slots = new JsonValue(JsonValue.ValueType.array);
            for (int slot = 0; slot < Bindings.SLOTS; slot++) {
                int code = bindings.code(action, slot);
                if (code != Bindings.NONE) {
                    slots.addChild(new JsonValue(bindings.device.name(code)));
                }
            }
            json.addChild(action.name().toLowerCase(Locale.ROOT), slots);
        }
        return json;
    }

    /** The settings a file holds; throws IllegalArgumentException naming the first wrong field. */
    public static Settings read(JsonValue json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("the file must hold one JSON object");
        }
        Settings s = new Settings();
        s.masterVolume = JsonFields.number(json, "masterVolume", s.masterVolume, 0f, 1f);
        s.musicVolume = JsonFields.number(json, "musicVolume", s.musicVolume, 0f, 1f);
        s.effectsVolume = JsonFields.number(json, "effectsVolume", s.effectsVolume, 0f, 1f);
        s.fullscreen = JsonFields.bool(json, "fullscreen", s.fullscreen);
        s.vsync = JsonFields.bool(json, "vsync", s.vsync);
        s.screenShake = JsonFields.bool(json, "screenShake", s.screenShake);
        s.difficulty = JsonFields.text(json, "difficulty", s.difficulty);
        if (!Arrays.asList(Settings.DIFFICULTIES).contains(s.difficulty)) {
            throw new IllegalArgumentException("difficulty must be one of " + String.join(", ", Settings.DIFFICULTIES)
                    + " (found \"" + UserText.token(s.difficulty) + "\")");
        }
        s.gameSpeed = JsonFields.number(json, "gameSpeed", s.gameSpeed, Settings.MIN_GAME_SPEED, 1f);
        s.invulnerable = JsonFields.bool(json, "invulnerable", s.invulnerable);
        readBindings(JsonFields.child(json, "keys", false), s.keys, "keys");
        readBindings(JsonFields.child(json, "pad", false), s.pad, "pad");
        return s;
    }

    /** Replaces the defaults with the file's bindings, action by action, under the same rules as the screen. */
    private static void readBindings(JsonValue json, Bindings bindings, String where) {
        if (json == null) {
            return;
        }
        for (JsonValue entry = json.child; entry != null; entry = entry.next) {
            Action action = Action.parse(entry.name);
            if (action == null || !bindings.binds(action)) {
                throw new IllegalArgumentException(where + "." + UserText.token(entry.name) + ": no such action to bind");
            }
            if (!entry.isArray() || entry.size > Bindings.SLOTS) {
                throw new IllegalArgumentException(where + "." + entry.name + " must be a list of at most "
                        + Bindings.SLOTS + " names");
            }
            bindings.clear(action, 0);
            bindings.clear(action, 1);
        }
        for (JsonValue entry = json.child; entry != null; entry = entry.next) {
            Action action = Action.parse(entry.name);
            int slot = 0;
            for (JsonValue name = entry.child; name != null; name = name.next, slot++) {
                int code = name.isString() ? bindings.device.parse(name.asString()) : -1;
                if (code < 0) {
                    throw new IllegalArgumentException(where + "." + entry.name + ": unknown "
                            + (bindings.device == BindingDevice.KEYBOARD ? "key" : "button") + " " + JsonFields.shown(name));
                }
                String refused = bindings.bind(action, slot, code);
                if (refused != null) {
                    throw new IllegalArgumentException(where + "." + entry.name + ": " + refused);
                }
            }
        }
    }
}
