package com.judgmentday.menu;

import com.judgmentday.input.Action;
import com.judgmentday.settings.Bindings;

/**
 * An action's bindings on one device: LEFT and RIGHT pick one of its two slots, CONFIRM asks for a new key
 * or button for that slot (the flow then waits for it: see {@link Rebinding}).
 */
public final class BindingItem extends MenuItem {
    private final Bindings bindings;
    public final Action action;
    private final Rebinding rebinding;
    private int slot;

    public BindingItem(Bindings bindings, Action action, Rebinding rebinding) {
        super(capitalised(Bindings.label(action)));
        this.bindings = bindings;
        this.action = action;
        this.rebinding = rebinding;
    }

    /** The slot LEFT/RIGHT picked, 0 or 1. */
    public int slot() {
        return slot;
    }

    @Override
    public String value() {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < Bindings.SLOTS; s++) {
            String name = rebinding.waitingFor(bindings, action, s) ? "..." : bindings.name(action, s);
            out.append(s == 0 ? "" : "   ").append(s == slot ? "[" + name + "]" : " " + name + " ");
        }
        return out.toString();
    }

    @Override
    public boolean handle(MenuCommand command) {
        switch (command) {
            case LEFT:
            case RIGHT:
                int next = command == MenuCommand.LEFT ? 0 : 1;
                boolean moved = next != slot;
                slot = next;
                return moved;
            case CONFIRM:
                rebinding.start(bindings, action, slot);
                return true;
            default:
                return false;
        }
    }

    @Override
    public boolean click(float across) {
        if (across >= 0f) {
            slot = across < 0.5f ? 0 : 1;
        }
        return handle(MenuCommand.CONFIRM);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
