package com.judgmentday.level;

import com.judgmentday.nav.TerrainGrid;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Can the player get from the spawn (and from each checkpoint) to an exit with the movement the physics
 * gives it? A breadth-first search over the places the character's box can stand or hold on, in a
 * {@link TerrainGrid}, linked by walking, stepping, falling, climbing and jump arcs computed from the
 * tuned run and jump speeds and gravity. Solids and bars block; one-way platforms carry from above;
 * ladders and elevator shafts climb; crates and doors are taken to be clearable.
 */
final class Reachability {
    /** The object types the search reads. */
    static final Set<String> TERRAIN = Set.of("solid", "bars", "one-way", "ladder", "elevator", "path", "exit",
            "player-spawn");
    static final float CELL = 0.25f;
    /** Larger grids are not searched (a map that big is not a side-scrolling level). */
    static final int MAX_CELLS = 4_000_000;
    static final float ARC_DT = 1f / 30f;
    static final int ARC_SPEEDS = 6;

    private final TmxDocument document;
    private final TuningDef tuning;

    Reachability(TmxDocument document, TuningDef tuning) {
        this.document = document;
        this.tuning = tuning;
    }

    void check(Array<Problem> problems) {
        MapObject spawn = first("player-spawn");
        List<MapObject> exits = all("exit");
        if (spawn == null || exits.isEmpty()
                || (long) Math.ceil(document.widthMetres() / CELL) * (long) Math.ceil(document.heightMetres() / CELL) > MAX_CELLS) {
            return;
        }
        CharacterDef body = tuning.characters.get(spawn.properties.get("character", "t800"), tuning.characters.get("t800"));
        TerrainGrid grid = grid(body);
        boolean[] exitCells = new boolean[grid.columns * grid.rows];
        for (MapObject exit : exits) {
            boolean[] cells = grid.cells(document.outline(exit), true);
            for (int i = 0; i < cells.length; i++) {
                exitCells[i] |= cells[i];
            }
        }
        String how = " by running at " + body.runSpeed + " m/s and jumping " + String.format(Locale.ROOT, "%.1f",
                body.jumpSpeed * body.jumpSpeed / (2f * -tuning.gravity)) + " m high; add a step, a ladder or a platform,"
                + " or lower what blocks the way";
        if (!reachesExit(grid, spawn, body, exitCells)) {
            for (MapObject exit : exits) {
                problems.add(new Problem(document.file, exit.id, exit.label(), "can't be reached from the player-spawn (object "
                        + spawn.id + ")" + how));
            }
            return;
        }
        for (MapObject checkpoint : all("checkpoint")) {
            if (!hasProblem(problems, checkpoint) && !reachesExit(grid, checkpoint, body, exitCells)) {
                problems.add(new Problem(document.file, checkpoint.id, checkpoint.label(), "no exit can be reached from"
                        + " this checkpoint" + how));
            }
        }
    }

    private TerrainGrid grid(CharacterDef body) {
        TerrainGrid grid = new TerrainGrid(document.widthMetres(), document.heightMetres(), CELL, body.width, body.height);
        for (MapObject object : document.objects) {
            switch (object.type) {
                case "solid":
                    grid.solid(document.outline(object), object.shape != ObjectShape.POLYLINE);
                    break;
                case "bars":
                    grid.bars(document.outline(object));
                    break;
                case "one-way":
                    float[] b = document.bounds(object);
                    grid.platform(b[0], b[2], b[3]);
                    break;
                case "ladder":
                    grid.climbable(document.outline(object), true);
                    break;
                case "elevator":
                    grid.climbable(document.outline(object), true);
                    MapObject path = path(object);
                    if (path != null) {
                        grid.climbable(document.outline(path), path.shape != ObjectShape.POLYLINE);
                    }
                    break;
                default:
                    break;
            }
        }
        return grid.finish();
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
    private boolean reachesExit(TerrainGrid grid, MapObject start, CharacterDef body, boolean[] exitCells) {
        float[] s = document.bounds(start);
        int startX = grid.column((s[0] + s[2]) / 2f);
        int startY = grid.row(s[1]);
        if (!grid.free(startX, startY, false)) {
            return false;
        }
        boolean[] seen = new boolean[grid.columns * grid.rows];
        IntArray queue = new IntArray();
        TerrainGrid.ArcWatcher exit = (x, y) -> grid.any(exitCells, x, y);
        if (!land(grid, grid.arc(startX, startY, 0f, 0f, tuning.gravity, ARC_DT, false, exit), seen, queue)) {
            return true;
        }
        for (int head = 0; head < queue.size; head++) {
            int index = queue.get(head);
            int x = index % grid.columns;
            int y = index / grid.columns;
            if (grid.any(exitCells, x, y)) {
                return true;
            }
            for (int dx = -1; dx <= 1; dx += 2) {
                for (int dy = 1; dy >= -1; dy--) {
                    if (grid.free(x + dx, y + dy, false) && grid.standing(x + dx, y + dy)) {
                        visit(grid, x + dx, y + dy, seen, queue);
                    }
                }
            }
            if (grid.holding(x, y)) {
                for (int dy = -1; dy <= 1; dy += 2) {
                    if (grid.free(x, y + dy, false)) {
                        visit(grid, x, y + dy, seen, queue);
                    }
                }
            }
            for (int k = -ARC_SPEEDS; k <= ARC_SPEEDS; k++) {
                float vx = body.runSpeed * k / ARC_SPEEDS;
                if (!land(grid, grid.arc(x, y, vx, body.jumpSpeed, tuning.gravity, ARC_DT, false, exit), seen, queue)
                        || !land(grid, grid.arc(x, y, vx, 0f, tuning.gravity, ARC_DT, false, exit), seen, queue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Queues where an arc ended; false when the arc touched an exit on the way. */
    private static boolean land(TerrainGrid grid, int landed, boolean[] seen, IntArray queue) {
        if (grid.stoppedAt >= 0) {
            return false;
        }
        if (landed >= 0) {
            visit(grid, landed % grid.columns, landed / grid.columns, seen, queue);
        }
        return true;
    }

    private static void visit(TerrainGrid grid, int x, int y, boolean[] seen, IntArray queue) {
        int index = x + y * grid.columns;
        if (!seen[index]) {
            seen[index] = true;
            queue.add(index);
        }
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
}
