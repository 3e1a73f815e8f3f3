package com.judgmentday.nav;

import com.judgmentday.content.CharacterDef;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.ElevatorDef;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.nav.TerrainGrid;

/**
 * Builds a level's navigation graph for one body from its geometry: a node wherever the body can stand
 * or hold on, and edges for every move within its physical reach (walks and steps, pours through bars,
 * climbs, and jump and drop arcs from its tuned speeds and gravity). Rebuilt with the level on reload.
 */
public final class NavGraphBuilder {
    /** Grid cell, metres: fine enough for one-tile steps, coarse enough to plan in well under a millisecond. */
    public static final float CELL = 0.25f;
    private static final float ARC_DT = 1f / 30f;
    private static final int ARC_SPEEDS = 4;
    /** Arcs are planned with this share of the body's speeds, so the real jump has room to spare. */
    private static final float MARGIN = 0.85f;
    /** Extra seconds a jump costs over its air time, so walking is preferred when it is as quick. */
    private static final float JUMP_PENALTY = 0.15f;

    private NavGraphBuilder() {
    }

    /** Molten steel is death: no standing place overlaps it (arcs may still leap over it). */
    private static boolean inMolten(LevelDef level, float centreX, float feetY, CharacterDef body) {
        for (HazardDef hazard : level.hazards) {
            if (hazard.kind == HazardDef.Kind.MOLTEN
                    && centreX + body.width / 2f > hazard.x && centreX - body.width / 2f < hazard.x + hazard.width
                    && feetY < hazard.y + hazard.height && feetY + body.height > hazard.y) {
                return true;
            }
        }
        return false;
    }

    public static NavGraph build(LevelDef level, CharacterDef body, float gravity, boolean liquid) {
        TerrainGrid grid = new TerrainGrid(level.width, level.height, CELL, body.width, body.height);
        for (SolidDef solid : level.solids) {
            if (solid.bars) {
                grid.bars(solid.vertices);
            } else {
                grid.solid(solid.vertices, solid.closed);
            }
        }
        // A moving platform's car is footing at each end of its route; riding it links the two.
        for (ElevatorDef lift : level.elevators) {
            if (!lift.moving) {
                continue;
            }
            for (int stop : ends(lift)) {
                float x = lift.path[stop * 2];
                float top = lift.path[stop * 2 + 1] + lift.height;
                grid.platform(x - lift.width / 2f, x + lift.width / 2f, top);
            }
        }
        for (AreaDef ladder : level.ladders) {
            grid.climbable(new float[] {ladder.x, ladder.y, ladder.x + ladder.width, ladder.y, ladder.x + ladder.width,
                ladder.y + ladder.height, ladder.x, ladder.y + ladder.height}, true);
        }
        grid.finish();
        TerrainGrid low = liquid && body.squeezeHeight > 0f ? squeezeGrid(level, body) : null;
        NavGraph graph = new NavGraph(grid);
        for (int y = 0; y < grid.rows; y++) {
            for (int x = 0; x < grid.columns; x++) {
                boolean fits = grid.free(x, y, liquid);
                boolean flat = !fits && low != null && low.free(x, y, true) && low.standing(x, y, true);
                boolean place = (fits && (grid.standing(x, y, liquid) || grid.holding(x, y))) || flat;
                if (place && !inMolten(level, (x + grid.boxW / 2f) * CELL, y * CELL, body)) {
                    NavNode node = new NavNode(graph.nodes.size, x, y, (x + grid.boxW / 2f) * CELL, y * CELL);
                    node.squeeze = flat;
                    graph.nodeAt[x + y * grid.columns] = node.index;
                    graph.nodes.add(node);
                }
            }
        }
        linkElevators(level, graph);
        float walk = CELL / body.runSpeed;
        float climb = CELL / body.climbSpeed;
        for (int i = 0; i < graph.nodes.size; i++) {
            NavNode node = graph.nodes.items[i];
            int x = node.cellX;
            int y = node.cellY;
            boolean standing = grid.standing(x, y, liquid);
            for (int dx = -1; dx <= 1 && standing; dx += 2) {
                for (int dy = -1; dy <= 1; dy++) {
                    NavNode to = at(graph, x + dx, y + dy);
                    // Walking is from footing to footing; moving about on a ladder is climbing.
                    if (to != null && grid.standing(x + dx, y + dy, liquid)) {
                        boolean squeeze = node.squeeze || to.squeeze;
                        if (squeeze && dy != 0) {
                            continue;
                        }
                        boolean bars = grid.inBars(x, y) || grid.inBars(x + dx, y + dy);
                        float cost = squeeze ? walk * 3f : bars ? walk * 2f : walk;
                        link(node, to, squeeze || bars ? NavEdgeKind.POUR : NavEdgeKind.WALK, 0f, cost, bars);
                    }
                }
            }
            if (node.squeeze) {
                continue;
            }
            if (grid.holding(x, y)) {
                for (int dy = -1; dy <= 1; dy += 2) {
                    NavNode to = at(graph, x, y + dy);
                    if (to != null) {
                        link(node, to, NavEdgeKind.CLIMB, 0f, climb, false);
                    }
                }
            }
            for (int k = -ARC_SPEEDS; k <= ARC_SPEEDS; k++) {
                float vx = body.runSpeed * k / ARC_SPEEDS;
                arc(graph, node, vx, body.jumpSpeed, gravity, liquid, NavEdgeKind.JUMP);
                if (k != 0) {
                    arc(graph, node, vx, 0f, gravity, liquid, NavEdgeKind.DROP);
                }
            }
        }
        return graph;
    }

    private static void arc(NavGraph graph, NavNode from, float vx, float vy, float gravity, boolean liquid, NavEdgeKind kind) {
        TerrainGrid grid = graph.grid;
        boolean[] poured = {false};
        float planned = vx * MARGIN;
        // A body in the air only takes hold of a ladder when told to climb, so arcs fly past them.
        int landed = grid.arc(from.cellX, from.cellY, planned, vy * (kind == NavEdgeKind.JUMP ? 0.95f : 1f), gravity,
                ARC_DT, liquid, false, (x, y) -> {
                    poured[0] |= grid.inBars(x, y);
                    return false;
                });
        if (landed < 0) {
            return;
        }
        int index = graph.nodeAt[landed];
        if (index < 0 || index == from.index) {
            return;
        }
        NavNode to = graph.nodes.items[index];
        if (!grid.standing(to.cellX, to.cellY, liquid)) {
            // Catching a ladder in mid-air is not something to plan on: arcs end on footing.
            return;
        }
        if (kind == NavEdgeKind.DROP && Math.abs(to.cellY - from.cellY) <= 1 && Math.abs(to.cellX - from.cellX) <= 1) {
            return;
        }
        float distance = Math.abs(to.x - from.x);
        float airTime = Math.max(distance / Math.max(Math.abs(planned), 0.5f), 0.1f);
        link(from, to, kind, planned, airTime + (kind == NavEdgeKind.JUMP ? JUMP_PENALTY : 0f), poured[0]);
    }

    /** The level seen by the body flattened (the T-1000 pouring), to find the low gaps only it fits. */
    private static TerrainGrid squeezeGrid(LevelDef level, CharacterDef body) {
        TerrainGrid low = new TerrainGrid(level.width, level.height, CELL, body.width, body.squeezeHeight);
        for (SolidDef solid : level.solids) {
            if (!solid.bars) {
                low.solid(solid.vertices, solid.closed);
            }
        }
        return low.finish();
    }

    private static int[] ends(ElevatorDef lift) {
        return new int[] {0, lift.path.length / 2 - 1};
    }

    /** Marks the nodes on each moving car's top at its two ends and links them by riding. */
    private static void linkElevators(LevelDef level, NavGraph graph) {
        TerrainGrid grid = graph.grid;
        for (int e = 0; e < level.elevators.size; e++) {
            ElevatorDef lift = level.elevators.get(e);
            if (!lift.moving) {
                continue;
            }
            int[] stops = ends(lift);
            float length = 0f;
            for (int i = 1; i < lift.path.length / 2; i++) {
                length += Math.abs(lift.path[i * 2] - lift.path[i * 2 - 2]) + Math.abs(lift.path[i * 2 + 1] - lift.path[i * 2 - 1]);
            }
            float ride = length / lift.speed + WAIT_ESTIMATE;
            int[][] onTop = new int[2][];
            for (int end = 0; end < 2; end++) {
                float x = lift.path[stops[end] * 2];
                int row = grid.row(lift.path[stops[end] * 2 + 1] + lift.height);
                int first = grid.clampX((int) Math.ceil((x - lift.width / 2f) / CELL));
                int last = grid.clampX((int) Math.floor((x + lift.width / 2f) / CELL) - grid.boxW);
                onTop[end] = new int[Math.max(0, last - first + 1)];
                for (int cx = first; cx <= last; cx++) {
                    NavNode node = at(graph, cx, row);
                    onTop[end][cx - first] = node == null ? -1 : node.index;
                    // Only where the car is the only footing must one wait for it (a car flush with a floor
                    // leaves the floor to walk on when it is away).
                    if (node != null) {
                        node.elevator = e;
                        node.stop = stops[end];
                        node.carOnly = !grid.onSolid(cx, row);
                    }
                }
            }
            for (int i = 0; i < Math.min(onTop[0].length, onTop[1].length); i++) {
                if (onTop[0][i] >= 0 && onTop[1][i] >= 0) {
                    NavNode a = graph.nodes.items[onTop[0][i]];
                    NavNode b = graph.nodes.items[onTop[1][i]];
                    link(a, b, NavEdgeKind.ELEVATOR, 0f, ride, false);
                    link(b, a, NavEdgeKind.ELEVATOR, 0f, ride, false);
                }
            }
        }
    }

    /** A rough wait for the car, seconds, in a ride's cost. */
    private static final float WAIT_ESTIMATE = 2f;

    private static NavNode at(NavGraph graph, int x, int y) {
        TerrainGrid grid = graph.grid;
        if (x < 0 || y < 0 || x >= grid.columns || y >= grid.rows) {
            return null;
        }
        int index = graph.nodeAt[x + y * grid.columns];
        return index < 0 ? null : graph.nodes.items[index];
    }

    /** Adds an edge, or keeps the cheaper of two between the same nodes. */
    private static void link(NavNode from, NavNode to, NavEdgeKind kind, float vx, float cost, boolean throughBars) {
        for (int i = 0; i < from.edges.size; i++) {
            NavEdge existing = from.edges.items[i];
            if (existing.to == to) {
                if (existing.getCost() <= cost) {
                    return;
                }
                from.edges.removeIndex(i);
                break;
            }
        }
        from.edges.add(new NavEdge(from, to, kind, vx, cost, throughBars));
    }
}
