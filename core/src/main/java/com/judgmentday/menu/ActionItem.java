package com.judgmentday.menu;

import java.util.function.Supplier;

/** A menu line that does something when confirmed (play, open a page, quit). */
public final class ActionItem extends MenuItem {
    private final Runnable action;
    private final Supplier<String> value;

    public ActionItem(String label, Runnable action) {
        this(label, () -> null, action);
    }

    /** With a value shown on the right, worked out each time it is drawn. */
    public ActionItem(String label, Supplier<String> value, Runnable action) {
        super(label);
        this.action = action;
        this.value = value;
    }

    @Override
    public String value() {
        return value.get();
    }

    @Override
    public boolean handle(MenuCommand command) {
        if (command != MenuCommand.CONFIRM) {
            return false;
        }
        action.run();
        return true;
    }
}
