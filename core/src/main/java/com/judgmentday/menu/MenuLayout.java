package com.judgmentday.menu;

/**
 * Where a menu's parts go on a screen of a given size, in pixels with y up (the game's 640 x 360 virtual
 * screen): the title, text lines and a column of item rows that scrolls to keep the focus visible. The
 * renderer draws with it and the mouse adapter hit-tests with it, so what you click is what you see.
 */
public final class MenuLayout {
    public static final float ROW = 18f;
    public static final float LINE = 13f;
    private static final float MAX_WIDTH = 560f;
    /** Characters of the pixel face (6 pixels each) that fit across the panel, with a margin. */
    static final int LINE_CHARS = 88;
    private static final float BOTTOM = 50f;

    private float left;
    private float right;
    private float itemsTop;
    private float linesTop;
    private float titleY;
    private int first;
    private int visible;
    private int count;

    /** Lays the menu out for the screen; call before drawing and before hit-testing. */
    public void place(Menu menu, float width, float height) {
        float panel = Math.min(MAX_WIDTH, width - 40f);
        left = (width - panel) / 2f;
        right = left + panel;
        titleY = height - 30f;
        linesTop = height - 70f;
        itemsTop = linesTop - menu.lines().size * LINE - (menu.lines().isEmpty() ? 0f : 8f);
        count = menu.items().size;
        visible = Math.max(1, (int) ((itemsTop - BOTTOM) / ROW));
        int focus = Math.max(0, menu.focusIndex());
        if (focus < first) {
            first = focus;
        } else if (focus >= first + visible) {
            first = focus - visible + 1;
        }
        first = Math.max(0, Math.min(first, Math.max(0, count - visible)));
    }

    /** The first and one past the last item drawn. */
    public int first() {
        return first;
    }

    public int end() {
        return Math.min(count, first + visible);
    }

    /** Whether rows are hidden above or below (the renderer shows arrows). */
    public boolean moreAbove() {
        return first > 0;
    }

    public boolean moreBelow() {
        return end() < count;
    }

    /** The bottom edge of an item's row. */
    public float rowBottom(int index) {
        return itemsTop - (index - first + 1) * ROW;
    }

    public float left() {
        return left;
    }

    public float right() {
        return right;
    }

    /** Where values start: the right part of each row. */
    public float valueLeft() {
        return left + (right - left) * 0.42f;
    }

    public float titleY() {
        return titleY;
    }

    /** The baseline of the first text line. */
    public float linesTop() {
        return linesTop;
    }

    /** The item under a point (y up), or -1. */
    public int itemAt(float x, float y) {
        if (x < left || x > right) {
            return -1;
        }
        for (int i = first; i < end(); i++) {
            float bottom = rowBottom(i);
            if (y >= bottom && y < bottom + ROW) {
                return i;
            }
        }
        return -1;
    }

    /** How far along the value column x is, 0 to 1; -1 on the label. */
    public float across(float x) {
        float start = valueLeft();
        return x < start ? -1f : Math.min(1f, (x - start) / (right - start));
    }

    /** A long text broken at spaces into lines that fit across the panel. */
    static java.util.List<String> wrap(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
