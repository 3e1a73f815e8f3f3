package com.judgmentday.controls;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;

/**
 * Reads the keyboard (and the left mouse button for fire) into actions; docs/controls.md lists the keys.
 * Register it as an input processor too: a key pressed and released between two ticks still counts once.
 */
public final class KeyboardInput extends InputAdapter implements InputSource {
    private static final Action[] ACTIONS = Action.values();
    /** Keys per action, indexed by the action's ordinal (per instance, ready for rebinding). */
    private final int[][] bindings = defaults();

    private static int[][] defaults() {
        int[][] b = new int[ACTIONS.length][];
        b[Action.LEFT.ordinal()] = new int[] {Keys.A, Keys.LEFT};
        b[Action.RIGHT.ordinal()] = new int[] {Keys.D, Keys.RIGHT};
        b[Action.UP.ordinal()] = new int[] {Keys.W, Keys.UP};
        b[Action.DOWN.ordinal()] = new int[] {Keys.S, Keys.DOWN};
        b[Action.JUMP.ordinal()] = new int[] {Keys.SPACE};
        b[Action.FIRE.ordinal()] = new int[] {Keys.J, Keys.CONTROL_LEFT};
        b[Action.ALT_FIRE.ordinal()] = new int[] {Keys.K};
        b[Action.SWITCH_WEAPON.ordinal()] = new int[] {Keys.Q, Keys.TAB};
        b[Action.INTERACT.ordinal()] = new int[] {Keys.E};
        b[Action.RELOAD.ordinal()] = new int[] {Keys.R};
        return b;
    }

    private final Input input;
    /** Actions pressed since the last tick, held or not. */
    private final ActionSet pressed = new ActionSet();

    public KeyboardInput(Input input) {
        this.input = input;
    }

    @Override
    public void poll(long tick, ActionSet out) {
        for (Action action : ACTIONS) {
            boolean held = pressed.has(action);
            for (int key : bindings[action.ordinal()]) {
                held |= input.isKeyPressed(key);
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
        for (Action action : ACTIONS) {
            for (int key : bindings[action.ordinal()]) {
                if (key == keycode) {
                    pressed.add(action);
                }
            }
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
