package com.judgmentday.settings;

import com.badlogic.gdx.Input.Keys;
import com.judgmentday.input.Action;

import java.util.Locale;

/**
 * What triggers each action on one device: up to {@link #SLOTS} codes per action (key codes, or
 * {@link PadButton} ordinals). {@link #bind} refuses a code another action already uses, or one the game keeps
 * for itself, and says why; nothing is swapped behind the player's back.
 */
public final class Bindings {
    public static final int SLOTS = 2;
    /** An empty slot. */
    public static final int NONE = -1;
    private static final Action[] ACTIONS = Action.values();

    public final BindingDevice device;
    /** Codes per action ordinal; null for actions this device doesn't bind. */
    private final int[][] codes = new int[ACTIONS.length][];

    private Bindings(BindingDevice device, Action... bindable) {
        this.device = device;
        for (Action action : bindable) {
            codes[action.ordinal()] = new int[] {NONE, NONE};
        }
    }

    /** The keyboard as docs/controls.md lists it. */
    public static Bindings keyboardDefaults() {
        Bindings b = new Bindings(BindingDevice.KEYBOARD, ACTIONS);
        b.put(Action.LEFT, Keys.A, Keys.LEFT);
        b.put(Action.RIGHT, Keys.D, Keys.RIGHT);
        b.put(Action.UP, Keys.W, Keys.UP);
        b.put(Action.DOWN, Keys.S, Keys.DOWN);
        b.put(Action.JUMP, Keys.SPACE, NONE);
        b.put(Action.FIRE, Keys.J, Keys.CONTROL_LEFT);
        b.put(Action.ALT_FIRE, Keys.K, NONE);
        b.put(Action.SWITCH_WEAPON, Keys.Q, Keys.TAB);
        b.put(Action.INTERACT, Keys.E, NONE);
        b.put(Action.RELOAD, Keys.R, NONE);
        return b;
    }

    /** The gamepad's buttons as docs/controls.md lists them. */
    public static Bindings gamepadDefaults() {
        Bindings b = new Bindings(BindingDevice.GAMEPAD, Settings.padActions());
        b.put(Action.JUMP, PadButton.A.ordinal(), NONE);
        b.put(Action.FIRE, PadButton.X.ordinal(), PadButton.RT.ordinal());
        b.put(Action.ALT_FIRE, PadButton.B.ordinal(), NONE);
        b.put(Action.SWITCH_WEAPON, PadButton.Y.ordinal(), NONE);
        b.put(Action.INTERACT, PadButton.LB.ordinal(), NONE);
        b.put(Action.RELOAD, PadButton.RB.ordinal(), NONE);
        return b;
    }

    private void put(Action action, int first, int second) {
        codes[action.ordinal()][0] = first;
        codes[action.ordinal()][1] = second;
    }

    /** Whether this device binds the action at all (gamepads don't bind movement). */
    public boolean binds(Action action) {
        return codes[action.ordinal()] != null;
    }

    /** The code in a slot, or {@link #NONE}. */
    public int code(Action action, int slot) {
        return codes[action.ordinal()][slot];
    }

    /** The action a code triggers, or null. */
    public Action actionOf(int code) {
        for (Action action : ACTIONS) {
            int[] slots = codes[action.ordinal()];
            if (slots != null && code != NONE && (slots[0] == code || slots[1] == code)) {
                return action;
            }
        }
        return null;
    }

    /**
     * Puts {@code code} in the action's slot; returns null when done, or why it was refused (the code is kept
     * by the game, or bound to another action). A code already in the action's other slot moves here.
     */
    public String bind(Action action, int slot, int code) {
        String name = device.name(code);
        String reserved = device.reservedFor(code);
        if (reserved != null) {
            return name + " is kept for " + reserved + "; choose another";
        }
        if (device.parse(name) != code) {
            return name + " has no name the settings file can keep; choose another";
        }
        Action owner = actionOf(code);
        if (owner != null && owner != action) {
            return name + " is already bound to " + label(owner) + "; choose another, or clear it there first";
        }
        int[] slots = codes[action.ordinal()];
        if (slots[1 - slot] == code) {
            slots[1 - slot] = slots[slot];
        }
        slots[slot] = code;
        return null;
    }

    /** Empties a slot. */
    public void clear(Action action, int slot) {
        codes[action.ordinal()][slot] = NONE;
    }

    /** Takes every binding of another set of the same device. */
    public void copyFrom(Bindings other) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                System.arraycopy(other.codes[i], 0, codes[i], 0, SLOTS);
            }
        }
    }

    /** Empties every slot (before reading a file's bindings). */
    public void clearAll() {
        for (int[] slots : codes) {
            if (slots != null) {
                slots[0] = NONE;
                slots[1] = NONE;
            }
        }
    }

    /** The slot's code as the screen shows it: its name, or "-" for an empty slot. */
    public String name(Action action, int slot) {
        int code = code(action, slot);
        return code == NONE ? "-" : device.name(code);
    }

    /** An action as the screen names it: "alt fire", "switch weapon". */
    public static String label(Action action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
