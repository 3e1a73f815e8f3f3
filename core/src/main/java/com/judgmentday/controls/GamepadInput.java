package com.judgmentday.controls;

import com.badlogic.gdx.controllers.Controller;
import com.badlogic.gdx.controllers.ControllerMapping;
import com.badlogic.gdx.controllers.Controllers;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;

/**
 * Reads the most recently used gamepad through gdx-controllers (hot-plug is the library's): left stick
 * or d-pad to move, A jump, X or right trigger fire, B alt-fire, Y switch weapon, LB interact, RB reload.
 */
public final class GamepadInput implements InputSource {
    private static final float DEAD_ZONE = 0.35f;

    @Override
    public void poll(long tick, ActionSet out) {
        Controller pad = Controllers.getCurrent();
        if (pad == null || !pad.isConnected()) {
            return;
        }
        ControllerMapping m = pad.getMapping();
        float x = pad.getAxis(m.axisLeftX);
        float y = pad.getAxis(m.axisLeftY);
        out.set(Action.LEFT, x < -DEAD_ZONE || button(pad, m.buttonDpadLeft));
        out.set(Action.RIGHT, x > DEAD_ZONE || button(pad, m.buttonDpadRight));
        out.set(Action.UP, y < -DEAD_ZONE || button(pad, m.buttonDpadUp));
        out.set(Action.DOWN, y > DEAD_ZONE || button(pad, m.buttonDpadDown));
        out.set(Action.JUMP, button(pad, m.buttonA));
        out.set(Action.FIRE, button(pad, m.buttonX) || button(pad, m.buttonR2));
        out.set(Action.ALT_FIRE, button(pad, m.buttonB));
        out.set(Action.SWITCH_WEAPON, button(pad, m.buttonY));
        out.set(Action.INTERACT, button(pad, m.buttonL1));
        out.set(Action.RELOAD, button(pad, m.buttonR1));
    }

    private static boolean button(Controller pad, int code) {
        return code != ControllerMapping.UNDEFINED && pad.getButton(code);
    }
}
