package com.judgmentday.nav;

import com.badlogic.gdx.utils.IntArray;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.ElevatorDef;
import com.judgmentday.level.HazardDef;
import com.judgmentday.level.HeatReach;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.PlatformDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.nav.TerrainGrid;

/**
 * Builds a level's navigation graph for one body from its geometry: a node wherever the body can stand
 * or hold on, and edges for every move within its physical reach (walks and steps, pours through bars,
 * climbs, and jump and drop arcs from its tuned speeds and gravity). Built once per level, body and open doors.
 */
public final class NavGraphBuilder {
    /** Grid cell, metres: fine enough for one-tile steps, coarse enough to plan in well under a millisecond. */
    public static final float CELL = 0.25f;
    private static final float ARC_DT = 1f / 30f;
    private static final int ARC_SPEEDS = 4;
    /** Arcs are planned with this share of the body's speeds, so the real jump has room to spare. */
    private static final float MARGIN = 0.85f;
    /** Jumps are planned with this share of the body's take-off speed. */
    private static final float JUMP_MARGIN = 0.95f;
    /** Extra seconds a jump costs over its air time, so walking is preferred when it is as quick. */
    private static final float JUMP_PENALTY = 0.15f;

    /** Cells in the biggest grid built (a 1,000 x 250 m level); a map that needs more is refused. */
    public static final long MAX_CELLS = 4_000_000L;
    /** Places to stand in the biggest graph built; each costs up to 17 arcs to link. */
    public static final int MAX_NODES = 250_000;
    /** Extra seconds an edge into fire costs a body that feels it, so routes go round flames when they can. */
    private static final float FIRE_PENALTY = 30f;
    /** Extra seconds an edge into a glow hot enough to burn a lingering body costs. */
    private static final float HEAT_PENALTY = 2f;
    /** How high over molten steel a body in the air counts as leaping it, metres. */
    private static final float LEAP_HEIGHT = 3f;

    private NavGraphBuilder() {
    }

    /** The height of a jump as the graph plans it (a little under the body's full jump), metres. */
    public static float plannedJumpHeight(CharacterDef body, float gravity) {
        float vy = body.jumpSpeed * JUMP_MARGIN;
        return vy * vy / (2f * -gravity);
    }

    /**
     * The highest step (a whole number of cells) a planned jump lands on top of, metres: what the validator can
     * promise a designer, found by jumping at a wall in a small grid exactly as the graph's arcs do.
     */
    public static float highestStep(CharacterDef body, float gravity) {
        int most = (int) Math.ceil(plannedJumpHeight(body, gravity) / CELL) + 1;
        for (int cells = most; cells > 0; cells--) {
            float step = cells * CELL;
            float wallX = 6f;
            TerrainGrid grid = new TerrainGrid(wallX + 2f, 1f + step + headroom(body, gravity), CELL, body.width, body.height);
            grid.solid(new float[] {0f, 0f, wallX + 2f, 0f, wallX + 2f, 1f, 0f, 1f}, true);
            grid.solid(new float[] {wallX, 1f, wallX + 2f, 1f, wallX + 2f, 1f + step, wallX, 1f + step}, true);
            grid.finish();
            int floor = grid.row(1f);
            for (int x = 0; x + grid.boxW <= (int) (wallX / CELL); x++) {
                for (int k = 1; k <= ARC_SPEEDS; k++) {
                    int landed = grid.arc(x, floor, body.runSpeed * k / ARC_SPEEDS * MARGIN, body.jumpSpeed * JUMP_MARGIN,
                            gravity, ARC_DT, false, false, null);
                    if (landed >= 0 && landed / grid.columns >= grid.row(1f + step)) {
                        return step;
                    }
                }
            }
        }
        return 0f;
    }

    /** Grid cells a level of that size needs. */
    public static long cells(float width, float height) {
        return (long) Math.ceil(width / CELL) * (long) Math.ceil(height / CELL);
    }

    /** Headroom over the map's top edge, metres: nothing closes a level at its top, so a jump may rise past it. */
    static float headroom(CharacterDef body, float gravity) {
        return body.height + body.jumpSpeed * body.jumpSpeed / (2f * Math.max(0.1f, -gravity)) + CELL;
    }

    /** The first hazard area of that kind the body would overlap standing there, or -1. */
    private static int hazardAt(LevelDef level, HazardDef.Kind kind, float centreX, float feetY, CharacterDef body) {
        for (int i = 0; i < level.hazards.size; i++) {
            HazardDef hazard = level.hazards.get(i);
            if (hazard.kind == kind && hazard.width > 0f
                    && centreX + body.width / 2f > hazard.x && centreX - body.width / 2f < hazard.x + hazard.width
                    && feetY < hazard.y + hazard.height && feetY + body.height > hazard.y) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The graph for one body; {@code liquid}: it pours through bars and under doors (the T-1000). Refuses, with
     * a {@link com.judgmentday.level.LevelException}, a level too big to build in bounded time and memory.
     */
    public static NavGraph build(LevelDef level, CharacterDef body, TuningDef tuning, boolean liquid) {
        return build(level, body, tuning, liquid, new IntArray());
    }

    /**
     * As {@link #build(LevelDef, CharacterDef, TuningDef, boolean)}, with these doors (map object ids) open: the level's
     * graph for that body and doors, built the first time any run asks for it ({@link LevelDef#navGraphs}).
     */
    public static NavGraph build(LevelDef level, CharacterDef body, TuningDef tuning, boolean liquid, IntArray openDoors) {
        return level.navGraphs.get(NavGraphCache.key(body, tuning, liquid, openDoors),
                () -> make(level, body, tuning, liquid, openDoors));
    }

    private static NavGraph make(LevelDef level, CharacterDef body, TuningDef tuning, boolean liquid, IntArray openDoors) {
        float gravity = tuning.gravity;
        HeatReach heat = liquid ? null : new HeatReach(level, tuning.heat, body.burnAbove);
        float height = level.height + headroom(body, gravity);
        if (cells(level.width, height) > MAX_CELLS) {
            throw new com.judgmentday.level.LevelException(level.source + ": the level is too big to find its ways: "
                    + Math.round(level.width) + " x " + Math.round(level.height) + " m makes " + cells(level.width, height)
                    + " places of " + CELL + " m, and the limit is " + MAX_CELLS + " (about 1,000 x 250 m)");
        }
        TerrainGrid grid = new TerrainGrid(level.width, height, CELL, body.width, body.height);
        // Indexed loops over the level's lists: libGDX's for-each reuses one iterator per list, and other threads may
        // be building another of the level's graphs at the same time.
        for (int i = 0; i < level.solids.size; i++) {
            SolidDef solid = level.solids.get(i);
            if ((solid.door || solid.breakable) && openDoors.contains(solid.objectId)) {
                continue;
            }
            if (solid.bars) {
                grid.bars(solid.vertices);
            } else {
                grid.solid(solid.vertices, solid.closed);
            }
        }
        for (int i = 0; i < level.platforms.size; i++) {
            PlatformDef platform = level.platforms.get(i);
            grid.platform(platform.minX, platform.maxX, platform.top);
        }
        // A lift's car is footing at each end of its route; riding it links the two.
        for (int i = 0; i < level.elevators.size; i++) {
            ElevatorDef lift = level.elevators.get(i);
            for (int stop : ends(lift)) {
                float x = lift.path[stop * 2];
                float top = lift.path[stop * 2 + 1] + lift.height;
                grid.platform(x - lift.width / 2f, x + lift.width / 2f, top);
            }
        }
        for (int i = 0; i < level.ladders.size; i++) {
            AreaDef ladder = level.ladders.get(i);
            grid.climbable(new float[] {ladder.x, ladder.y, ladder.x + ladder.width, ladder.y, ladder.x + ladder.width,
                ladder.y + ladder.height, ladder.x, ladder.y + ladder.height}, true);
        }
        grid.finish();
        TerrainGrid low = liquid && body.squeezeHeight > 0f ? squeezeGrid(level, body, height, openDoors) : null;
        NavGraph graph = new NavGraph(grid);
        for (int y = 0; y < grid.rows; y++) {
            for (int x = 0; x < grid.columns; x++) {
                boolean fits = grid.free(x, y, liquid);
                boolean flat = !fits && low != null && low.free(x, y, true) && low.standing(x, y, true);
                boolean place = (fits && (grid.standing(x, y, liquid) || grid.holding(x, y))) || flat;
                float centreX = (x + grid.boxW / 2f) * CELL;
                // Molten steel is death: no standing place overlaps it (arcs may still leap over it).
                if (place && hazardAt(level, HazardDef.Kind.MOLTEN, centreX, y * CELL, body) < 0) {
                    if (graph.nodes.size == MAX_NODES) {
                        throw new com.judgmentday.level.LevelException(level.source + ": the level has more than " + MAX_NODES
                                + " places to stand (every " + CELL + " m of floor, ledge and ladder is one); make it smaller");
                    }
                    NavNode node = new NavNode(graph.nodes.size, x, y, centreX, y * CELL);
                    node.squeeze = flat;
                    node.fire = hazardAt(level, HazardDef.Kind.FIRE, centreX, y * CELL, body);
                    node.heat = heat == null ? -1 : heat.burning(centreX - body.width / 2f, centreX + body.width / 2f, y * CELL,
                            y * CELL + body.height);
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
                arc(graph, node, vx, body.jumpSpeed, gravity, liquid, NavEdgeKind.JUMP, level);
                if (k != 0) {
                    arc(graph, node, vx, 0f, gravity, liquid, NavEdgeKind.DROP, level);
                }
            }
        }
        if (!liquid) {
            avoidHeat(graph);
        }
        return graph;
    }

    /**
     * The pool of molten steel a body in the air with its centre at x and feet at feetY is over (within a leap's
     * height above it), or -1: only the body's centre counts, so a jump from a pool's lip away from it is no leap.
     */
    private static int moltenUnder(LevelDef level, float centreX, float feetY) {
        for (int i = 0; i < level.hazards.size; i++) {
            HazardDef hazard = level.hazards.get(i);
            if (hazard.kind == HazardDef.Kind.MOLTEN && hazard.width > 0f && centreX > hazard.x
                    && centreX < hazard.x + hazard.width && feetY < hazard.y + hazard.height + LEAP_HEIGHT) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Edges into fire cost much more and edges into burning heat a little more, so a body that burns takes another
     * way when there is one, and keeps its distance from a glow when that costs little.
     */
    private static void avoidHeat(NavGraph graph) {
        for (int i = 0; i < graph.nodes.size; i++) {
            Array<NavEdge> edges = graph.nodes.items[i].edges;
            for (int e = 0; e < edges.size; e++) {
                NavEdge edge = edges.items[e];
                float extra = (edge.to.fire >= 0 && edge.from.fire < 0 ? FIRE_PENALTY : 0f)
                        + (edge.to.heat >= 0 && edge.from.heat < 0 ? HEAT_PENALTY : 0f);
                if (extra > 0f) {
                    edges.items[e] = new NavEdge(edge.from, edge.to, edge.kind, edge.vx, edge.getCost() + extra,
                            edge.throughBars, edge.molten);
                }
            }
        }
    }

    private static void arc(NavGraph graph, NavNode from, float vx, float vy, float gravity, boolean liquid, NavEdgeKind kind,
                            LevelDef level) {
        TerrainGrid grid = graph.grid;
        boolean[] poured = {false};
        int[] leap = {-1};
        float planned = vx * MARGIN;
        // A body in the air only takes hold of a ladder when told to climb, so arcs fly past them.
        int landed = grid.arc(from.cellX, from.cellY, planned, vy * (kind == NavEdgeKind.JUMP ? JUMP_MARGIN : 1f), gravity,
                ARC_DT, liquid, false, (x, y) -> {
                    poured[0] |= grid.inBars(x, y);
                    if (leap[0] < 0) {
                        leap[0] = moltenUnder(level, (x + grid.boxW / 2f) * CELL, y * CELL);
                    }
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
        link(from, to, kind, planned, airTime + (kind == NavEdgeKind.JUMP ? JUMP_PENALTY : 0f), poured[0], leap[0]);
    }

    /** The level seen by the body flattened (the T-1000 pouring), to find the low gaps only it fits. */
    private static TerrainGrid squeezeGrid(LevelDef level, CharacterDef body, float height, IntArray openDoors) {
        TerrainGrid low = new TerrainGrid(level.width, height, CELL, body.width, body.squeezeHeight);
        for (int i = 0; i < level.solids.size; i++) {
            SolidDef solid = level.solids.get(i);
            if (!solid.bars && !((solid.door || solid.breakable) && openDoors.contains(solid.objectId))) {
                low.solid(solid.vertices, solid.closed);
            }
        }
        return low.finish();
    }

    private static int[] ends(ElevatorDef lift) {
        return new int[] {0, lift.path.length / 2 - 1};
    }

    /**
     * Marks the nodes on each car's top at its two ends and links them by riding. A moving car runs both ways
     * on its own; a called one waits at the end it starts at until someone stands on it, carries them to the
     * other end and comes back, so it is ridden from its home end (and back by staying on).
     */
    private static void linkElevators(LevelDef level, NavGraph graph) {
        TerrainGrid grid = graph.grid;
        for (int e = 0; e < level.elevators.size; e++) {
            ElevatorDef lift = level.elevators.get(e);
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
            // A car drawn part-way along its route first runs on to the far end and waits there.
            int home = lift.start == 0 ? 0 : 1;
            for (int i = 0; i < Math.min(onTop[0].length, onTop[1].length); i++) {
                if (onTop[0][i] >= 0 && onTop[1][i] >= 0) {
                    NavNode from = graph.nodes.items[onTop[home][i]];
                    NavNode to = graph.nodes.items[onTop[1 - home][i]];
                    link(from, to, NavEdgeKind.ELEVATOR, 0f, ride, false);
                    if (lift.moving) {
                        link(to, from, NavEdgeKind.ELEVATOR, 0f, ride, false);
                    }
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
        link(from, to, kind, vx, cost, throughBars, -1);
    }

    private static void link(NavNode from, NavNode to, NavEdgeKind kind, float vx, float cost, boolean throughBars,
                             int molten) {
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
        from.edges.add(new NavEdge(from, to, kind, vx, cost, throughBars, molten));
    }
}
