package com.judgmentday.controls;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.Input.Keys;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;

/** Reads the keyboard (and the left mouse button for fire) into actions; docs/controls.md lists the keys. */
public final class KeyboardInput implements InputSource {
    private final Input input;

    public KeyboardInput(Input input) {
        this.input = input;
    }

    @Override
    public void poll(long tick, ActionSet out) {
        out.set(Action.LEFT, any(Keys.A, Keys.LEFT));
        out.set(Action.RIGHT, any(Keys.D, Keys.RIGHT));
        out.set(Action.UP, any(Keys.W, Keys.UP));
        out.set(Action.DOWN, any(Keys.S, Keys.DOWN));
        out.set(Action.JUMP, any(Keys.SPACE, Keys.SPACE));
        out.set(Action.FIRE, any(Keys.J, Keys.CONTROL_LEFT) || input.isButtonPressed(Input.Buttons.LEFT));
        out.set(Action.ALT_FIRE, any(Keys.K, Keys.K));
        out.set(Action.SWITCH_WEAPON, any(Keys.Q, Keys.TAB));
        out.set(Action.INTERACT, any(Keys.E, Keys.E));
        out.set(Action.RELOAD, any(Keys.R, Keys.R));
    }

    private boolean any(int first, int second) {
        return input.isKeyPressed(first) || input.isKeyPressed(second);
    }
}
