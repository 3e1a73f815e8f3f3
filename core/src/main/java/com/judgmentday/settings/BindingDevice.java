package com.judgmentday.settings;

import com.badlogic.gdx.Input.Keys;

/** The two kinds of binding: keyboard key codes and {@link PadButton} ordinals; how each is named and parsed. */
public enum BindingDevice {
    KEYBOARD,
    GAMEPAD;

    /** How the screen and the settings file name a code. */
    public String name(int code) {
        if (this == GAMEPAD) {
            return code >= 0 && code < PadButton.values().length ? PadButton.values()[code].label : "?";
        }
        String name = Keys.toString(code);
        return name == null ? "key " + code : name;
    }

    /** The code a name stands for, or -1 when it names nothing. */
    public int parse(String name) {
        if (this == GAMEPAD) {
            PadButton button = PadButton.parse(name);
            return button == null ? -1 : button.ordinal();
        }
        int code = Keys.valueOf(name);
        return code <= 0 ? -1 : code;
    }

    /** What the game keeps a code for (so it can't be bound), or null when it is free. */
    public String reservedFor(int code) {
        if (this == GAMEPAD) {
            return PadButton.values()[code].reservedFor();
        }
        switch (code) {
            case Keys.ESCAPE:
                return "pause and back";
            case Keys.F1:
            case Keys.F2:
            case Keys.F3:
            case Keys.F4:
                return "the debug views";
            case Keys.F5:
                return "reloading the level";
            case Keys.F11:
                return "fullscreen";
            case Keys.P:
                return "freezing the simulation";
            case Keys.N:
                return "stepping a frozen simulation";
            case Keys.BACKSPACE:
            case Keys.FORWARD_DEL:
                return "clearing a binding";
            case Keys.ENTER:
                return "skipping a scripted beat (held)";
            default:
                return null;
        }
    }
}
