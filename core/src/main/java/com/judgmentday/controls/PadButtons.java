package com.judgmentday.controls;

import com.badlogic.gdx.controllers.Controller;
import com.badlogic.gdx.controllers.ControllerMapping;
import com.judgmentday.settings.PadButton;

/**
 * Between {@link PadButton}s and a pad's own button codes (its gdx-controllers mapping). The desktop backend
 * maps no trigger buttons: its triggers are the axes {@value #LEFT_TRIGGER_AXIS} and
 * {@value #RIGHT_TRIGGER_AXIS} (SDL's numbering), read as pressed past half-way.
 */
public final class PadButtons {
    public static final int LEFT_TRIGGER_AXIS = 4;
    public static final int RIGHT_TRIGGER_AXIS = 5;
    public static final float TRIGGER_PRESSED = 0.5f;
    private static final PadButton[] BUTTONS = PadButton.values();

    private PadButtons() {
    }

    /** The pad's code for a button, or {@link ControllerMapping#UNDEFINED}. */
    public static int code(ControllerMapping m, PadButton button) {
        switch (button) {
            case A: return m.buttonA;
            case B: return m.buttonB;
            case X: return m.buttonX;
            case Y: return m.buttonY;
            case LB: return m.buttonL1;
            case RB: return m.buttonR1;
            case LT: return m.buttonL2;
            case RT: return m.buttonR2;
            case LEFT_STICK: return m.buttonLeftStick;
            case RIGHT_STICK: return m.buttonRightStick;
            case START: return m.buttonStart;
            case BACK: return m.buttonBack;
            case DPAD_UP: return m.buttonDpadUp;
            case DPAD_DOWN: return m.buttonDpadDown;
            case DPAD_LEFT: return m.buttonDpadLeft;
            case DPAD_RIGHT: return m.buttonDpadRight;
            default: return ControllerMapping.UNDEFINED;
        }
    }

    /** The button a pad's code stands for, or null for one off the standard layout. */
    public static PadButton of(ControllerMapping m, int code) {
        for (PadButton button : BUTTONS) {
            if (code != ControllerMapping.UNDEFINED && code(m, button) == code) {
                return button;
            }
        }
        return null;
    }

    /** The trigger an axis is on a pad whose mapping has no trigger buttons, or null. */
    public static PadButton trigger(ControllerMapping m, int axis) {
        if (axis == LEFT_TRIGGER_AXIS && m.buttonL2 == ControllerMapping.UNDEFINED) {
            return PadButton.LT;
        }
        if (axis == RIGHT_TRIGGER_AXIS && m.buttonR2 == ControllerMapping.UNDEFINED) {
            return PadButton.RT;
        }
        return null;
    }

    public static boolean pressed(Controller pad, PadButton button) {
        ControllerMapping m = pad.getMapping();
        int code = code(m, button);
        if (code != ControllerMapping.UNDEFINED) {
            return pad.getButton(code);
        }
        if (button == PadButton.LT || button == PadButton.RT) {
            return pad.getAxis(button == PadButton.LT ? LEFT_TRIGGER_AXIS : RIGHT_TRIGGER_AXIS) > TRIGGER_PRESSED;
        }
        return false;
    }
}
