package com.judgmentday.nav;

import com.badlogic.gdx.math.Intersector;

/**
 * The level as a grid of small cells, seen by one character's box: where the box fits, where it can
 * stand, where it can climb, and how a jump or fall from a place unfolds. The validator's reachability
 * search and the T-1000's navigation graph both stand on it, so they agree on what is possible.
 */
public final class TerrainGrid {
    /** Notified at every cell a jump or fall passes through; true stops the arc there. */
    public interface ArcWatcher {
        boolean passes(int x, int y);
    }

    /** The longest jump or fall followed, in steps of the caller's dt (15 s at 1/60 s). */
    public static final int MAX_ARC_STEPS = 900;

    public final float cell;
    public final int columns;
    public final int rows;
    /** The box in cells. */
    public final int boxW;
    public final int boxH;
    private final boolean[] blocked;
    private final boolean[] bars;
    private final boolean[] platform;
    private final boolean[] climb;
    private int[] blockedSum;
    private int[] solidSum;

    public TerrainGrid(float width, float height, float cell, float boxWidth, float boxHeight) {
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil(width / cell));
        this.rows = Math.max(1, (int) Math.ceil(height / cell));
        this.boxW = Math.max(1, Math.round(boxWidth / cell));
        this.boxH = Math.max(1, Math.round(boxHeight / cell));
        blocked = new boolean[columns * rows];
        bars = new boolean[columns * rows];
        platform = new boolean[columns * rows];
        climb = new boolean[columns * rows];
    }

    /** Solid ground or wall: a closed outline is filled, an open one blocks the cells it passes. */
    public void solid(float[] outline, boolean closed) {
        fill(outline, closed, blocked);
    }

    /** Bars block everything but a character that pours through them. */
    public void bars(float[] outline) {
        fill(outline, true, bars);
    }

    /** A one-way platform: its top row carries from above and lets through from below. */
    public void platform(float minX, float maxX, float top) {
        int row = clampY(Math.round(top / cell) - 1);
        for (int x = clampX((int) Math.floor(minX / cell)); x <= clampX((int) Math.ceil(maxX / cell) - 1); x++) {
            platform[x + row * columns] = true;
        }
    }

    /** Somewhere to climb (a ladder, a chain, an elevator shaft). */
    public void climbable(float[] outline, boolean closed) {
        fill(outline, closed, climb);
    }

    /** Cells an outline covers, for callers' own layers (exits, targets). */
    public boolean[] cells(float[] outline, boolean closed) {
        boolean[] cells = new boolean[columns * rows];
        fill(outline, closed, cells);
        return cells;
    }

    /** Call once everything is added. */
    public TerrainGrid finish() {
        blockedSum = prefix(blocked, false);
        solidSum = prefix(blocked, true);
        return this;
    }

    /** The box with its lower-left cell at (x, y) is inside the grid and clear of what stops it. */
    public boolean free(int x, int y, boolean throughBars) {
        if (x < 0 || y < 0 || x + boxW > columns || y + boxH > rows) {
            return false;
        }
        int[] sum = throughBars ? solidSum : blockedSum;
        int top = y + boxH;
        int right = x + boxW;
        return sum[right + top * (columns + 1)] - sum[x + top * (columns + 1)] - sum[right + y * (columns + 1)]
                + sum[x + y * (columns + 1)] == 0;
    }

    /** Something to stand on right under the box (ground, bars or a platform). */
    public boolean standing(int x, int y) {
        return standing(x, y, false);
    }

    /** Something to stand on; a body that pours through bars can't stand on them. */
    public boolean standing(int x, int y, boolean throughBars) {
        if (y <= 0 || y > rows) {
            return false;
        }
        for (int i = Math.max(0, x); i < Math.min(columns, x + boxW); i++) {
            int below = i + (y - 1) * columns;
            if (platform[below] || blocked[below] || (!throughBars && bars[below])) {
                return true;
            }
        }
        return false;
    }

    /** Solid ground (not a platform) right under the box. */
    public boolean onSolid(int x, int y) {
        if (y <= 0 || y > rows) {
            return false;
        }
        for (int i = Math.max(0, x); i < Math.min(columns, x + boxW); i++) {
            if (blocked[i + (y - 1) * columns]) {
                return true;
            }
        }
        return false;
    }

    /** The box overlaps something climbable. */
    public boolean holding(int x, int y) {
        return any(climb, x, y);
    }

    /** The box overlaps bars (only a character pouring through can be there). */
    public boolean inBars(int x, int y) {
        return any(bars, x, y);
    }

    /** The box overlaps any of the given cells. */
    public boolean any(boolean[] cells, int x, int y) {
        for (int j = Math.max(0, y); j < Math.min(rows, y + boxH); j++) {
            for (int i = Math.max(0, x); i < Math.min(columns, x + boxW); i++) {
                if (cells[i + j * columns]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Follows a jump (or, with no upward speed, a fall) from (x, y), a cell at a time so the box never
     * passes through anything. Returns the cell index where it lands or grabs something to climb, or -1
     * when it falls off the map or the watcher stopped it (see {@link #stoppedAt}).
     */
    public int arc(int x, int y, float vx, float vy, float gravity, float dt, boolean throughBars, ArcWatcher watcher) {
        return arc(x, y, vx, vy, gravity, dt, throughBars, true, watcher);
    }

    /** As {@link #arc(int, int, float, float, float, float, boolean, ArcWatcher)}; {@code grab}: catch ladders on the way down. */
    public int arc(int x, int y, float vx, float vy, float gravity, float dt, boolean throughBars, boolean grab,
                   ArcWatcher watcher) {
        float offsetX = 0f;
        float offsetY = 0f;
        stoppedAt = -1;
        for (int step = 0; step < MAX_ARC_STEPS; step++) {
            // Steps are taken only in the direction of travel: a remainder of exactly half a cell once made the
            // box step forward and back for ever.
            offsetX += vx * dt;
            int dx = vx > 0f ? 1 : -1;
            while (vx != 0f && offsetX * dx >= cell / 2f) {
                if (!free(x + dx, y, throughBars)) {
                    offsetX = 0f;
                    vx = 0f;
                    break;
                }
                x += dx;
                offsetX -= dx * cell;
            }
            vy += gravity * dt;
            offsetY += vy * dt;
            while (vy > 0f && offsetY >= cell / 2f) {
                if (!free(x, y + 1, throughBars)) {
                    offsetY = 0f;
                    vy = 0f;
                    break;
                }
                y++;
                offsetY -= cell;
            }
            while (vy <= 0f && offsetY <= -cell / 2f) {
                if (standing(x, y, throughBars)) {
                    return x + y * columns;
                }
                if (y == 0 || !free(x, y - 1, throughBars)) {
                    return -1;
                }
                y--;
                offsetY += cell;
            }
            if (watcher != null && watcher.passes(x, y)) {
                stoppedAt = x + y * columns;
                return -1;
            }
            if (grab && vy <= 0f && holding(x, y)) {
                return x + y * columns;
            }
        }
        return -1;
    }

    /** Where the last arc was stopped by its watcher, or -1. */
    public int stoppedAt = -1;

    public int clampX(int x) {
        return Math.max(0, Math.min(columns - 1, x));
    }

    public int clampY(int y) {
        return Math.max(0, Math.min(rows - 1, y));
    }

    /** The cell column of a box whose centre is at {@code centreX} metres. */
    public int column(float centreX) {
        return clampX(Math.round((centreX - boxW * cell / 2f) / cell));
    }

    /** The cell row of feet at {@code feetY} metres. */
    public int row(float feetY) {
        return clampY(Math.round(feetY / cell));
    }

    private int[] prefix(boolean[] solids, boolean solidsOnly) {
        int[] sum = new int[(columns + 1) * (rows + 1)];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                boolean stop = solids[x + y * columns] || (!solidsOnly && bars[x + y * columns]);
                sum[(x + 1) + (y + 1) * (columns + 1)] = (stop ? 1 : 0) + sum[x + (y + 1) * (columns + 1)]
                        + sum[(x + 1) + y * (columns + 1)] - sum[x + y * (columns + 1)];
            }
        }
        return sum;
    }

    private void fill(float[] v, boolean closed, boolean[] cells) {
        float minX = v[0];
        float minY = v[1];
        float maxX = v[0];
        float maxY = v[1];
        for (int i = 2; i < v.length; i += 2) {
            minX = Math.min(minX, v[i]);
            maxX = Math.max(maxX, v[i]);
            minY = Math.min(minY, v[i + 1]);
            maxY = Math.max(maxY, v[i + 1]);
        }
        for (int y = clampY((int) Math.floor(minY / cell)); y <= clampY((int) Math.ceil(maxY / cell) - 1); y++) {
            for (int x = clampX((int) Math.floor(minX / cell)); x <= clampX((int) Math.ceil(maxX / cell) - 1); x++) {
                float left = x * cell;
                float bottom = y * cell;
                if (Outlines.overlaps(v, closed, left, bottom, left + cell, bottom + cell)
                        || (closed && Intersector.isPointInPolygon(v, 0, v.length, left + cell / 2, bottom + cell / 2))) {
                    cells[x + y * columns] = true;
                }
            }
        }
    }
}
