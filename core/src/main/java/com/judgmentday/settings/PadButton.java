package com.judgmentday.settings;

/**
 * A gamepad button by its place on the standard layout (Xbox names), whatever the pad calls it, so bindings
 * survive changing pads. The last ones are kept for menus and movement and can't be bound to actions.
 */
public enum PadButton {
    A("A"),
    B("B"),
    X("X"),
    Y("Y"),
    LB("LB"),
    RB("RB"),
    LT("LT"),
    RT("RT"),
    LEFT_STICK("L3"),
    RIGHT_STICK("R3"),
    START("Start"),
    BACK("Back"),
    DPAD_UP("D-pad up"),
    DPAD_DOWN("D-pad down"),
    DPAD_LEFT("D-pad left"),
    DPAD_RIGHT("D-pad right");

    /** How the settings file and the screen name it. */
    public final String label;

    PadButton(String label) {
        this.label = label;
    }

    /** The button of that label, or null. */
    public static PadButton parse(String label) {
        for (PadButton button : values()) {
            if (button.label.equalsIgnoreCase(label)) {
                return button;
            }
        }
        return null;
    }

    /** Why the button can't be bound to an action, or null when it can. */
    public String reservedFor() {
        switch (this) {
            case START:
                return "pause";
            case BACK:
                return "clearing a binding";
            case DPAD_UP:
            case DPAD_DOWN:
            case DPAD_LEFT:
            case DPAD_RIGHT:
                return "moving";
            default:
                return null;
        }
    }
}
