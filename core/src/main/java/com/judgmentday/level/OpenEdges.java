package com.judgmentday.level;

import com.badlogic.gdx.math.Intersector;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.badlogic.gdx.utils.ObjectSet;
import com.judgmentday.content.UserText;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavNode;
import com.judgmentday.nav.Outlines;
import com.judgmentday.nav.Reach;
import com.judgmentday.nav.TerrainGrid;

import java.util.Locale;

/**
 * Ledges a body can walk or fall off out of the map, found on the navigation graph the reachability search built:
 * a place it reaches that stands at the map's side with nothing beyond (the game has no wall there, though the graph
 * stops at the edge), or beside a drop with no bottom. The game takes a body that leaves (a character is lost,
 * BoundsSystem), so each is a warning, not a refusal: a pit can be meant, and the ledge's {@code open-edge} says so.
 */
final class OpenEdges {
    /** The property that marks a ledge's drop out of the map as meant. */
    static final String INTENDED = "open-edge";

    private final TmxDocument document;
    private final LevelDef level;
    /** Ledges already warned of, as "object id:side", so a ledge reached by two searches is told once. */
    private final ObjectSet<String> told = new ObjectSet<>();

    OpenEdges(TmxDocument document, LevelDef level) {
        this.document = document;
        this.level = level;
    }

    /** Warns of every open ledge among the places {@code reach} got to on {@code graph}; {@code who} walks there. */
    void check(NavGraph graph, Reach reach, String who, Array<Problem> problems) {
        TerrainGrid grid = graph.grid();
        IntArray reached = reach.reachedNodes();
        for (int i = 0; i < reached.size; i++) {
            NavNode node = graph.node(reached.get(i));
            int x = node.cellX;
            int y = node.cellY;
            if (!grid.standing(x, y)) {
                continue;
            }
            if (x == 0) {
                ledge(grid, x, y, -1, true, who, problems);
            } else if (bottomless(grid, x - 1, y)) {
                ledge(grid, x, y, -1, false, who, problems);
            }
            if (x + grid.boxW == grid.columns) {
                ledge(grid, x, y, 1, true, who, problems);
            } else if (bottomless(grid, x + 1, y)) {
                ledge(grid, x, y, 1, false, who, problems);
            }
        }
    }

    /** Stepping into column {@code x} at row {@code y} drops the box to the map's bottom with nothing to catch it. */
    private static boolean bottomless(TerrainGrid grid, int x, int y) {
        if (!grid.free(x, y, false) || grid.standing(x, y)) {
            return false;
        }
        for (int row = y; row > 0; row--) {
            if (grid.holding(x, row) || !grid.free(x, row - 1, false) || grid.standing(x, row - 1)) {
                return false;
            }
        }
        return true;
    }

    private void ledge(TerrainGrid grid, int x, int y, int side, boolean mapEdge, String who, Array<Problem> problems) {
        // What the body last stands on before it goes: the outermost ground under its box on that side (the box may
        // overhang the lip).
        MapObject under = null;
        float edgeX = (side < 0 ? x : x + grid.boxW) * grid.cell;
        float bottom = (y - 1) * grid.cell;
        for (int i = 0; i < grid.boxW && under == null; i++) {
            int column = side < 0 ? x + i : x + grid.boxW - 1 - i;
            float left = column * grid.cell;
            // Narrowed a little, so ground that only touches the cell's side (the lip beside the drop) is not under it.
            under = under(left + grid.cell * 0.1f, bottom, left + grid.cell * 0.9f, bottom + grid.cell);
            if (under != null && !mapEdge) {
                edgeX = side < 0 ? left : left + grid.cell;
            }
        }
        if (under != null && "true".equals(under.properties.get(INTENDED, "false").trim())) {
            return;
        }
        if (!told.add((under == null ? 0 : under.id) + ":" + side + ":" + mapEdge)) {
            return;
        }
        float feet = y * grid.cell;
        String place = String.format(Locale.ROOT, "x %.1f m, y %.1f m (Tiled %d, %d px)", edgeX, feet,
                Math.round(edgeX * LevelValidator.SCALE_PX), Math.round((document.heightMetres() - feet) * LevelValidator.SCALE_PX));
        String end = side < 0 ? "left" : "right";
        String named = under == null || under.name.isEmpty() ? "" : UserText.quote(under.name) + " ";
        String what = named + (mapEdge ? "ends at the map's " + end + " edge at " + place + " with nothing beyond: " + who
                + " can walk off it and fall out of the level, which loses it; wall it (a solid past the end)"
                : "has a drop with no bottom off its " + end + " end at " + place + ": " + who + " can fall out of the"
                + " level there, which loses it; wall it or floor the drop");
        String fix = under == null ? "" : ", or set " + INTENDED + " on this object if the drop is meant";
        problems.add(Problem.warning(document.file, under == null ? 0 : under.id, under == null ? "map" : under.label(),
                what + fix));
    }

    /** The ground object (a solid, door, bars, belt or one-way platform) covering the cell, or null. */
    private MapObject under(float left, float bottom, float right, float top) {
        for (SolidDef solid : level.solids) {
            if (Outlines.overlaps(solid.vertices, solid.closed, left, bottom, right, top) || (solid.closed
                    && Intersector.isPointInPolygon(solid.vertices, 0, solid.vertices.length, (left + right) / 2f, (bottom + top) / 2f))) {
                return document.object(solid.objectId);
            }
        }
        for (PlatformDef platform : level.platforms) {
            if (platform.minX < right && platform.maxX > left && platform.top > bottom && platform.top <= top + 0.01f) {
                return document.object(platform.objectId);
            }
        }
        return null;
    }
}
