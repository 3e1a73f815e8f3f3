package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;

import java.util.ArrayList;
import java.util.List;

/**
 * Can the player get from the spawn to an exit with the movement the physics gives it? A search over
 * the places the character's box can stand or hold on (a grid of 0.25 m), linked by walking, stepping,
 * falling, climbing and jump arcs computed from the tuned run and jump speeds and gravity. Solids and bars
 * block; one-way platforms carry from above; ladders and elevator shafts climb; crates and doors are
 * taken to be clearable.
 */
final class Reachability {
    /** The object types the search reads. */
    static final java.util.Set<String> TERRAIN = java.util.Set.of("solid", "bars", "one-way", "ladder", "elevator", "path",
            "exit", "player-spawn");
    static final float CELL = 0.25f;
    /** Larger grids are not searched (a map that big is not a side-scrolling level). */
    static final int MAX_CELLS = 4_000_000;
    private static final float ARC_DT = 1f / 30f;
    private static final int ARC_SPEEDS = 6;

    private final TmxDocument document;
    private final TuningDef tuning;
    private int columns;
    private int rows;
    private int[] blockedSum;
    private boolean[] platform;
    private boolean[] climb;
    private int boxW;
    private int boxH;

    Reachability(TmxDocument document, TuningDef tuning) {
        this.document = document;
        this.tuning = tuning;
    }

    void check(Array<Problem> problems) {
        MapObject spawn = first("player-spawn");
        List<MapObject> exits = all("exit");
        if (spawn == null || exits.isEmpty()) {
            return;
        }
        columns = (int) Math.ceil(document.widthMetres() / CELL);
        rows = (int) Math.ceil(document.heightMetres() / CELL);
        if ((long) columns * rows > MAX_CELLS) {
            return;
        }
        CharacterDef body = tuning.characters.get(spawn.properties.get("character", "t800"), tuning.characters.get("t800"));
        boxW = Math.max(1, Math.round(body.width / CELL));
        boxH = Math.max(1, Math.round(body.height / CELL));
        rasterise();
        boolean[] exitCells = exitCells(exits);
        String how = " by running at " + body.runSpeed + " m/s and jumping " + String.format(java.util.Locale.ROOT, "%.1f",
                body.jumpSpeed * body.jumpSpeed / (2f * -tuning.gravity)) + " m high; add a step, a ladder or a platform,"
                + " or lower what blocks the way";
        if (!reachesExit(spawn, body, exitCells)) {
            for (MapObject exit : exits) {
                problems.add(new Problem(document.file, exit.id, exit.label(), "can't be reached from the player-spawn (object "
                        + spawn.id + ")" + how));
            }
            return;
        }
        for (MapObject checkpoint : all("checkpoint")) {
            if (!hasProblem(problems, checkpoint) && !reachesExit(checkpoint, body, exitCells)) {
                problems.add(new Problem(document.file, checkpoint.id, checkpoint.label(), "no exit can be reached from"
                        + " this checkpoint" + how));
            }
        }
    }

    private static boolean hasProblem(Array<Problem> problems, MapObject object) {
        for (Problem problem : problems) {
            if (problem.objectId == object.id) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character, put down with its feet at the object's bottom centre, can reach an exit. */
    private boolean reachesExit(MapObject start, CharacterDef body, boolean[] exitCells) {
        float[] s = document.bounds(start);
        int startX = clampX(Math.round(((s[0] + s[2]) / 2f - body.width / 2f) / CELL));
        int startY = clampY(Math.round(s[1] / CELL));
        return search(startX, startY, body, new boolean[columns * rows], exitCells);
    }

    /** Breadth-first over standing and holding places; true as soon as the box touches an exit. */
    private boolean search(int startX, int startY, CharacterDef body, boolean[] seen, boolean[] exitCells) {
        IntArray queue = new IntArray();
        if (!free(startX, startY) || arc(startX, startY, 0f, 0f, seen, queue, exitCells)) {
            return free(startX, startY);
        }
        for (int head = 0; head < queue.size; head++) {
            int index = queue.get(head);
            int x = index % columns;
            int y = index / columns;
            if (touches(x, y, exitCells)) {
                return true;
            }
            for (int dx = -1; dx <= 1; dx += 2) {
                for (int dy = 1; dy >= -1; dy--) {
                    if (free(x + dx, y + dy) && standing(x + dx, y + dy)) {
                        visit(x + dx, y + dy, seen, queue);
                    }
                }
            }
            if (holding(x, y)) {
                for (int dy = -1; dy <= 1; dy += 2) {
                    if (free(x, y + dy)) {
                        visit(x, y + dy, seen, queue);
                    }
                }
            }
            for (int k = -ARC_SPEEDS; k <= ARC_SPEEDS; k++) {
                float vx = body.runSpeed * k / ARC_SPEEDS;
                if (arc(x, y, vx, body.jumpSpeed, seen, queue, exitCells) || arc(x, y, vx, 0f, seen, queue, exitCells)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Follows a jump (or a fall, with no upward speed) from (x, y), moving the box a cell at a time so it
     * never passes through anything, until it lands or grabs a ladder; true when it touches an exit.
     */
    private boolean arc(int x, int y, float vx, float vy, boolean[] seen, IntArray queue, boolean[] exitCells) {
        float offsetX = 0f;
        float offsetY = 0f;
        for (int step = 0; step < 900; step++) {
            offsetX += vx * ARC_DT;
            while (Math.abs(offsetX) >= CELL / 2f) {
                int dx = offsetX > 0 ? 1 : -1;
                if (!free(x + dx, y)) {
                    offsetX = 0f;
                    vx = 0f;
                    break;
                }
                x += dx;
                offsetX -= dx * CELL;
            }
            vy += tuning.gravity * ARC_DT;
            offsetY += vy * ARC_DT;
            while (offsetY >= CELL / 2f) {
                if (!free(x, y + 1)) {
                    offsetY = 0f;
                    vy = 0f;
                    break;
                }
                y++;
                offsetY -= CELL;
            }
            while (offsetY <= -CELL / 2f) {
                if (standing(x, y)) {
                    visit(x, y, seen, queue);
                    return touches(x, y, exitCells);
                }
                if (y == 0 || !free(x, y - 1)) {
                    return false;
                }
                y--;
                offsetY += CELL;
            }
            if (touches(x, y, exitCells)) {
                return true;
            }
            if (vy <= 0f && holding(x, y)) {
                visit(x, y, seen, queue);
                return false;
            }
        }
        return false;
    }

    private void visit(int x, int y, boolean[] seen, IntArray queue) {
        int index = x + y * columns;
        if (!seen[index]) {
            seen[index] = true;
            queue.add(index);
        }
    }

    private void rasterise() {
        boolean[] blocked = new boolean[columns * rows];
        platform = new boolean[columns * rows];
        climb = new boolean[columns * rows];
        for (MapObject object : document.objects) {
            switch (object.type) {
                case "solid":
                case "bars":
                    fill(object, blocked);
                    break;
                case "one-way":
                    fillTop(object, platform);
                    break;
                case "ladder":
                    fill(object, climb);
                    break;
                case "elevator":
                    fill(object, climb);
                    MapObject path = path(object);
                    if (path != null) {
                        fill(path, climb);
                    }
                    break;
                default:
                    break;
            }
        }
        blockedSum = new int[(columns + 1) * (rows + 1)];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                blockedSum[(x + 1) + (y + 1) * (columns + 1)] = (blocked[x + y * columns] ? 1 : 0)
                        + blockedSum[x + (y + 1) * (columns + 1)] + blockedSum[(x + 1) + y * (columns + 1)]
                        - blockedSum[x + y * (columns + 1)];
            }
        }
    }

    /** Marks the cells an object covers: its filled outline, or the cells its edges pass through. */
    private void fill(MapObject object, boolean[] cells) {
        float[] v = document.outline(object);
        float[] b = document.bounds(object);
        boolean closed = object.shape != ObjectShape.POLYLINE;
        int x0 = clampX((int) Math.floor(b[0] / CELL));
        int x1 = clampX((int) Math.ceil(b[2] / CELL) - 1);
        int y0 = clampY((int) Math.floor(b[1] / CELL));
        int y1 = clampY((int) Math.ceil(b[3] / CELL) - 1);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                float left = x * CELL;
                float bottom = y * CELL;
                if (LevelValidator.overlaps(v, closed, left, bottom, left + CELL, bottom + CELL)
                        || (closed && com.badlogic.gdx.math.Intersector.isPointInPolygon(v, 0, v.length, left + CELL / 2, bottom + CELL / 2))) {
                    cells[x + y * columns] = true;
                }
            }
        }
    }

    private void fillTop(MapObject object, boolean[] cells) {
        float[] b = document.bounds(object);
        int top = clampY(Math.round(b[3] / CELL) - 1);
        for (int x = clampX((int) Math.floor(b[0] / CELL)); x <= clampX((int) Math.ceil(b[2] / CELL) - 1); x++) {
            cells[x + top * columns] = true;
        }
    }

    private boolean[] exitCells(List<MapObject> exits) {
        boolean[] cells = new boolean[columns * rows];
        for (MapObject exit : exits) {
            fill(exit, cells);
        }
        return cells;
    }

    /** The box with its lower-left cell at (x, y) overlaps nothing solid and stays on the map. */
    private boolean free(int x, int y) {
        if (x < 0 || y < 0 || x + boxW > columns) {
            return false;
        }
        int top = Math.min(rows, y + boxH);
        int right = x + boxW;
        int sum = blockedSum[right + top * (columns + 1)] - blockedSum[x + top * (columns + 1)]
                - blockedSum[right + y * (columns + 1)] + blockedSum[x + y * (columns + 1)];
        return sum == 0;
    }

    /** Something to stand on right under the box. */
    private boolean standing(int x, int y) {
        if (y == 0) {
            return false;
        }
        for (int i = x; i < x + boxW && i < columns; i++) {
            int below = i + (y - 1) * columns;
            if (platform[below] || isBlocked(i, y - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean holding(int x, int y) {
        for (int j = y; j < Math.min(rows, y + boxH); j++) {
            for (int i = x; i < Math.min(columns, x + boxW); i++) {
                if (climb[i + j * columns]) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean touches(int x, int y, boolean[] exitCells) {
        for (int j = y; j < Math.min(rows, y + boxH); j++) {
            for (int i = x; i < Math.min(columns, x + boxW); i++) {
                if (exitCells[i + j * columns]) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isBlocked(int x, int y) {
        return blockedSum[(x + 1) + (y + 1) * (columns + 1)] - blockedSum[x + (y + 1) * (columns + 1)]
                - blockedSum[(x + 1) + y * (columns + 1)] + blockedSum[x + y * (columns + 1)] > 0;
    }

    private MapObject path(MapObject elevator) {
        try {
            return document.object(Integer.parseInt(elevator.properties.get("path", "0").trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private MapObject first(String type) {
        for (MapObject object : document.objects) {
            if (object.type.equals(type)) {
                return object;
            }
        }
        return null;
    }

    private List<MapObject> all(String type) {
        List<MapObject> found = new ArrayList<>();
        for (MapObject object : document.objects) {
            if (object.type.equals(type)) {
                found.add(object);
            }
        }
        return found;
    }

    private int clampX(int x) {
        return Math.max(0, Math.min(columns - 1, x));
    }

    private int clampY(int y) {
        return Math.max(0, Math.min(rows - 1, y));
    }
}
