package com.judgmentday.menu;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * A setting with a fixed list of values: LEFT and RIGHT step through them (stopping at the ends), CONFIRM
 * steps forward and wraps, a click on the left or right half of the value steps that way.
 */
public final class ChoiceItem extends MenuItem {
    private final String[] options;
    private final IntSupplier current;
    private final IntConsumer choose;

    public ChoiceItem(String label, String[] options, IntSupplier current, IntConsumer choose) {
        super(label);
        this.options = options;
        this.current = current;
        this.choose = choose;
    }

    @Override
    public String value() {
        return "< " + options[index()] + " >";
    }

    /** The chosen option's index (clamped, so an odd stored value still shows). */
    public int index() {
        return Math.max(0, Math.min(options.length - 1, current.getAsInt()));
    }

    @Override
    public boolean handle(MenuCommand command) {
        int index = index();
        int next;
        switch (command) {
            case LEFT:
                next = Math.max(0, index - 1);
                break;
            case RIGHT:
                next = Math.min(options.length - 1, index + 1);
                break;
            case CONFIRM:
                next = (index + 1) % options.length;
                break;
            default:
                return false;
        }
        if (next != index) {
            choose.accept(next);
        }
        return next != index;
    }

    @Override
    public boolean click(float across) {
        if (across < 0f) {
            return handle(MenuCommand.CONFIRM);
        }
        return handle(across < 0.5f ? MenuCommand.LEFT : MenuCommand.RIGHT);
    }
}
