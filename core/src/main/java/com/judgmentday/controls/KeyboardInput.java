package com.judgmentday.controls;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputAdapter;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.settings.Bindings;

/**
 * Reads the keyboard (and the left mouse button for fire) into actions, through the settings' key bindings
 * (read each tick, so rebinding applies at once); docs/controls.md lists the defaults. Register it as an input
 * processor too: a key pressed and released between two ticks still counts once.
 */
public final class KeyboardInput extends InputAdapter implements InputSource {
    private static final Action[] ACTIONS = Action.values();

    private final Input input;
    private final Bindings bindings;
    /** Actions pressed since the last tick, held or not. */
    private final ActionSet pressed = new ActionSet();

    public KeyboardInput(Input input, Bindings bindings) {
        this.input = input;
        this.bindings = bindings;
    }

    @Override
    public void poll(long tick, ActionSet out) {
        for (Action action : ACTIONS) {
            boolean held = pressed.has(action);
            for (int slot = 0; slot < Bindings.SLOTS; slot++) {
                int key = bindings.code(action, slot);
                held |= key != Bindings.NONE && input.isKeyPressed(key);
            }
            out.set(action, held);
        }
        if (input.isButtonPressed(Input.Buttons.LEFT)) {
            out.add(Action.FIRE);
        }
        pressed.clear();
    }

    @Override
    public boolean keyDown(int keycode) {
        Action action = bindings.actionOf(keycode);
        if (action != null) {
            pressed.add(action);
        }
        return false;
    }

    @Override
    public boolean touchDown(int screenX, int screenY, int pointer, int button) {
        if (button == Input.Buttons.LEFT) {
            pressed.add(Action.FIRE);
        }
        return false;
    }
}
