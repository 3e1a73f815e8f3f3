package com.judgmentday.input;

/** One thing the player can ask for in a tick; every input source speaks only these. */
public enum Action {
    LEFT("L"),
    RIGHT("R"),
    UP("U"),
    DOWN("D"),
    JUMP("J"),
    FIRE("F"),
    ALT_FIRE("G"),
    SWITCH_WEAPON("W"),
    INTERACT("E"),
    RELOAD("X");

    private static final Action[] VALUES = values();

    /** The short code used in input scripts and recordings. */
    public final String code;
    final int bit;

    Action(String code) {
        this.code = code;
        this.bit = 1 << ordinal();
    }

    /** Finds an action by its script code or its full name, ignoring case; null when there is none. */
    public static Action parse(String token) {
        for (Action action : VALUES) {
            if (action.code.equalsIgnoreCase(token) || action.name().equalsIgnoreCase(token)) {
                return action;
            }
        }
        return null;
    }

    static Action at(int ordinal) {
        return VALUES[ordinal];
    }

    static int count() {
        return VALUES.length;
    }
}
