package com.judgmentday.menu;

import com.badlogic.gdx.Input.Keys;
import com.judgmentday.input.Action;
import com.judgmentday.settings.BindingDevice;
import com.judgmentday.settings.Bindings;
import com.judgmentday.settings.PadButton;

import java.util.function.Consumer;

/**
 * Waiting for the key or button that a binding slot should take. While it waits, device adapters hand it raw
 * presses instead of menu commands: Esc or Start cancels, Backspace/Delete or Back clears the slot, anything
 * else is offered to {@link Bindings#bind}; a refusal is shown and it keeps waiting for another.
 */
public final class Rebinding {
    private final Consumer<String> say;
    private final Runnable changed;
    private Bindings bindings;
    private Action action;
    private int slot;

    /** {@code say} shows a message on the menu; {@code changed} runs after every change (to save). */
    public Rebinding(Consumer<String> say, Runnable changed) {
        this.say = say;
        this.changed = changed;
    }

    public boolean active() {
        return bindings != null;
    }

    /** Whether it is waiting for exactly that slot (the menu shows "..." there). */
    public boolean waitingFor(Bindings of, Action forAction, int inSlot) {
        return bindings == of && action == forAction && slot == inSlot;
    }

    void start(Bindings of, Action forAction, int inSlot) {
        bindings = of;
        action = forAction;
        slot = inSlot;
        boolean keyboard = of.device == BindingDevice.KEYBOARD;
        say.accept("Press a " + (keyboard ? "key" : "gamepad button") + " for " + what()
                + (keyboard ? " (Esc cancels, Backspace clears)" : " (Start cancels, Back clears)"));
    }

    /** A key went down while waiting. */
    public void keyPressed(int keycode) {
        if (keycode == Keys.ESCAPE) {
            cancel();
        } else if (keycode == Keys.BACKSPACE || keycode == Keys.FORWARD_DEL) {
            clearSlot();
        } else if (bindings.device == BindingDevice.KEYBOARD) {
            offer(keycode);
        }
    }

    /** A gamepad button went down while waiting. */
    public void padPressed(PadButton button) {
        if (button == PadButton.START) {
            cancel();
        } else if (button == PadButton.BACK) {
            clearSlot();
        } else if (bindings.device == BindingDevice.GAMEPAD) {
            offer(button.ordinal());
        }
    }

    /** Stops waiting, changing nothing. */
    public void cancel() {
        if (active()) {
            say.accept(capitalised(what()) + " unchanged");
            bindings = null;
        }
    }

    private void clearSlot() {
        bindings.clear(action, slot);
        say.accept(capitalised(what()) + " cleared");
        bindings = null;
        changed.run();
    }

    private void offer(int code) {
        String refused = bindings.bind(action, slot, code);
        if (refused != null) {
            say.accept(refused + ". Press another, or " + (bindings.device == BindingDevice.KEYBOARD ? "Esc" : "Start")
                    + " to cancel");
            return;
        }
        say.accept(capitalised(Bindings.label(action)) + ": " + bindings.device.name(code));
        bindings = null;
        changed.run();
    }

    private String what() {
        return Bindings.label(action) + " (slot " + (slot + 1) + ")";
    }

    private static String capitalised(String text) {
        return BindingItem.capitalised(text);
    }
}
