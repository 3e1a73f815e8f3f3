package com.judgmentday.controls;

import com.badlogic.gdx.controllers.Controller;
import com.badlogic.gdx.controllers.ControllerMapping;
import com.badlogic.gdx.controllers.Controllers;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.settings.Bindings;
import com.judgmentday.settings.PadButton;
import com.judgmentday.settings.Settings;

/**
 * Reads the most recently used gamepad through gdx-controllers (pads plugged in at any time): the left stick
 * or d-pad moves; the other actions are the settings' rebindable buttons (read each tick, so changes apply
 * at once), by default A jump, X or right trigger fire, B alt-fire, Y switch weapon, LB interact, RB reload.
 */
public final class GamepadInput implements InputSource {
    private static final float DEAD_ZONE = 0.35f;
    private static final Action[] BUTTON_ACTIONS = Settings.padActions();
    private static final PadButton[] BUTTONS = PadButton.values();
    private final Bindings bindings;

    public GamepadInput(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    public void poll(long tick, ActionSet out) {
        Controller pad = Controllers.getCurrent();
        if (pad == null || !pad.isConnected()) {
            return;
        }
        ControllerMapping m = pad.getMapping();
        float x = pad.getAxis(m.axisLeftX);
        float y = pad.getAxis(m.axisLeftY);
        out.set(Action.LEFT, x < -DEAD_ZONE || PadButtons.pressed(pad, PadButton.DPAD_LEFT));
        out.set(Action.RIGHT, x > DEAD_ZONE || PadButtons.pressed(pad, PadButton.DPAD_RIGHT));
        out.set(Action.UP, y < -DEAD_ZONE || PadButtons.pressed(pad, PadButton.DPAD_UP));
        out.set(Action.DOWN, y > DEAD_ZONE || PadButtons.pressed(pad, PadButton.DPAD_DOWN));
        for (Action action : BUTTON_ACTIONS) {
            boolean held = false;
            for (int slot = 0; slot < Bindings.SLOTS; slot++) {
                int code = bindings.code(action, slot);
                held |= code != Bindings.NONE && PadButtons.pressed(pad, BUTTONS[code]);
            }
            out.set(action, held);
        }
    }
}
