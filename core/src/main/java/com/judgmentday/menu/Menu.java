package com.judgmentday.menu;

import com.badlogic.gdx.utils.Array;

/**
 * A page's menu as plain data: a title, lines of text, items and which has the focus. UP and DOWN move the
 * focus over the usable items (stopping at the ends), BACK runs the page's back action, the rest go to the focused item.
 */
public final class Menu {
    public final String title;
    private final Array<String> lines = new Array<>();
    private final Array<MenuItem> items = new Array<>();
    private Runnable back = () -> { };
    private int focus = -1;
    private String message = "";
    private String help = "";

    public Menu(String title) {
        this.title = title;
    }

    public Menu add(MenuItem item) {
        items.add(item);
        if (focus < 0 && item.enabled()) {
            focus = items.size - 1;
        }
        return this;
    }

    /** A line of text above the items (credits, explanations). */
    public Menu line(String text) {
        lines.add(text);
        return this;
    }

    /** The controls line at the foot of the page, when it differs from the usual one. */
    public Menu help(String text) {
        this.help = text;
        return this;
    }

    /** The page's own controls line; empty: the usual one. */
    public String help() {
        return help;
    }

    public Menu onBack(Runnable action) {
        this.back = action;
        return this;
    }

    public boolean handle(MenuCommand command) {
        switch (command) {
            case UP:
                return move(-1);
            case DOWN:
                return move(1);
            case BACK:
                back.run();
                return true;
            default:
                MenuItem item = focused();
                return item != null && item.enabled() && item.handle(command);
        }
    }

    /** Moves the focus to the next usable item that way; it stops at the ends (wrapping put Quit one press above Play). */
    private boolean move(int step) {
        for (int next = focus + step; next >= 0 && next < items.size; next += step) {
            if (items.get(next).enabled()) {
                boolean moved = next != focus;
                focus = next;
                return moved;
            }
        }
        return false;
    }

    /** Puts the focus on an item (the mouse pointing at it); disabled items don't take it. */
    public void focus(int index) {
        if (index >= 0 && index < items.size && items.get(index).enabled()) {
            focus = index;
        }
    }

    /** Focuses the first usable item whose label is {@code label}; false when there is none. */
    public boolean focus(String label) {
        for (int i = 0; i < items.size; i++) {
            if (items.get(i).label.equals(label) && items.get(i).enabled()) {
                focus = i;
                return true;
            }
        }
        return false;
    }

    /** The focused item's index, -1 when nothing can be focused. */
    public int focusIndex() {
        return focus;
    }

    public MenuItem focused() {
        return focus < 0 ? null : items.get(focus);
    }

    public Array<MenuItem> items() {
        return items;
    }

    public Array<String> lines() {
        return lines;
    }

    /** Feedback for the player (a refused key, a saved setting); empty for none. */
    public String message() {
        return message;
    }

    public void say(String text) {
        this.message = text == null ? "" : text;
    }
}
