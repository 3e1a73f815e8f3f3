package com.judgmentday.menu;

import java.util.function.BooleanSupplier;

/** One line of a menu: a label, an optional value shown on the right, and what it does with a command. */
public abstract class MenuItem {
    public final String label;
    private String hint = "";
    private BooleanSupplier enabled = () -> true;

    protected MenuItem(String label) {
        this.label = label;
    }

    /** The text on the right (a setting's value, a level's state), or null for none. */
    public String value() {
        return null;
    }

    /** Whether it can be focused and used (a locked level can't). */
    public boolean enabled() {
        return enabled.getAsBoolean();
    }

    /** One line shown under the menu while this item has the focus. */
    public String hint() {
        return hint;
    }

    public MenuItem hint(String text) {
        this.hint = text;
        return this;
    }

    public MenuItem enabledWhen(BooleanSupplier condition) {
        this.enabled = condition;
        return this;
    }

    /** Acts on CONFIRM, LEFT or RIGHT (the menu handles the others); true when something happened. */
    public abstract boolean handle(MenuCommand command);

    /**
     * A click: {@code across} is where along the value column it landed, 0 to 1, or negative on the label.
     * Items with a left and a right half (choices, binding slots) tell them apart.
     */
    public boolean click(float across) {
        return handle(MenuCommand.CONFIRM);
    }
}
