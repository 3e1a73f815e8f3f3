package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavGraphBuilder;
import com.judgmentday.nav.NavNode;
import com.judgmentday.nav.Reach;
import com.judgmentday.nav.TerrainGrid;
import com.judgmentday.objects.ObjectTypes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Can the player get from the spawn (and from each checkpoint) to an exit, and can John follow? Asked of the
 * same navigation graph the game builds for a body ({@link NavGraphBuilder}): walks, steps, falls, jump arcs,
 * ladders and lifts, with closed doors, bars and molten steel in the way. When the answer is no, it says how
 * far the body gets and what stands in its way; a way that only runs through fire or leaps over molten steel is a
 * warning, for the player and for John, as is a ledge either can walk or fall off out of the map ({@link OpenEdges}).
 */
final class Reachability {
    /** The object types the search reads. */
    static final Set<String> TERRAIN = Set.of("solid", "one-way", "conveyor", "bars", "door", "ladder", "elevator", "path",
            "exit",
            "player-spawn", "john-spawn", "checkpoint", "molten-steel", "fire");
    /** Seconds of a jump arc followed when dropping a start onto its footing. */
    private static final float ARC_DT = 1f / 30f;

    private final TmxDocument document;
    private final TuningDef tuning;
    private final Obstacles obstacles;
    /** A switch's reach when the map leaves it out: the schema's default, the only place it is written. */
    private final String defaultReach;
    /** The map's ground, walls, ladders, lifts, hazards, spawns and exits, as the game builds them. */
    private LevelDef level;

    Reachability(TmxDocument document, TuningDef tuning) {
        this.document = document;
        this.tuning = tuning;
        this.obstacles = new Obstacles(document);
        this.defaultReach = ObjectTypes.standard().type("switch").schema().property("reach").defaultValue;
    }

    void check(Array<Problem> problems) {
        Array<MapObject> spawns = all("player-spawn");
        if (spawns.isEmpty() || all("exit").isEmpty()) {
            return;
        }
        MapObject spawn = spawns.first();
        level = LevelBuilder.build(document, TERRAIN);
        CharacterDef body = tuning.character(spawn.properties.get("character", "t800").toLowerCase(Locale.ROOT));
        Walker player = walker(body, problems);
        if (player == null || !player.check(spawn, problems, true)) {
            return;
        }
        OpenEdges edges = new OpenEdges(document, level);
        openEdges(edges, player, spawn, "the player", problems);
        for (MapObject checkpoint : all("checkpoint")) {
            if (!hasProblem(problems, checkpoint) && player.check(checkpoint, problems, false)) {
                openEdges(edges, player, checkpoint, "the player", problems);
            }
        }
        Array<MapObject> johns = all("john-spawn");
        if (!johns.isEmpty() && !hasProblem(problems, johns.first())) {
            MapObject john = johns.first();
            Walker escort = walker(tuning.character("john"), problems);
            if (escort != null) {
                escort.checkEscort(john, problems);
                openEdges(edges, escort, john, "John", problems);
            }
        }
    }

    /** Ledges out of the map among the places the body gets to from {@code start} (the game's graph stops at the edge). */
    private static void openEdges(OpenEdges edges, Walker walker, MapObject start, String who, Array<Problem> problems) {
        int from = walker.startNode(start);
        if (from >= 0) {
            edges.check(walker.graph, walker.reach.from(from, false), who, problems);
        }
    }

    /**
     * The body's graph with every door open whose key, or a switch that opens it, lies where the player can go (from
     * the spawn, doors opened so far open): the game opens a door when its key's carrier touches it or the switch is
     * thrown. A door only a trigger opens stays shut. Bounded: a search per door at most.
     */
    private NavGraph withOpenedDoors(CharacterDef body) {
        IntArray open = new IntArray();
        NavGraph graph = NavGraphBuilder.build(level, body, tuning, false, open);
        Array<MapObject> spawns = all("player-spawn");
        boolean more = !spawns.isEmpty();
        while (more) {
            more = false;
            Walker walker = new Walker(graph, body);
            int from = walker.startNode(spawns.first());
            Reach reach = from < 0 ? null : walker.reach.from(from, false);
            for (MapObject door : all("door")) {
                String key = door.properties.get("key", "").trim();
                if (reach != null && !open.contains(door.id)
                        && (!key.isEmpty() && keyReached(walker, reach, key) || switchReached(walker, reach, door))) {
                    open.add(door.id);
                    more = true;
                }
            }
            if (more) {
                graph = NavGraphBuilder.build(level, body, tuning, false, open);
            }
        }
        return graph;
    }

    private boolean switchReached(Walker walker, Reach reach, MapObject door) {
        String name = door.name.isEmpty() ? "door#" + door.id : door.name;
        for (MapObject lever : all("switch")) {
            String action = lever.properties.get("action", "open");
            String[] doors = lever.properties.get("doors", "").trim().split("\\s*,\\s*");
            if (!action.equals("close") && Arrays.asList(doors).contains(name)) {
                int node = walker.startNode(lever);
                if (node >= 0 && reach.reached(node) && withinReach(walker, lever, node)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the body standing on {@code node} under the lever touches it, as SwitchSystem asks: its box grown by
     * the lever's reach overlaps the lever (a lever high on a wall over the floor is not thrown from it).
     */
    private boolean withinReach(Walker walker, MapObject lever, int node) {
        float[] b = document.bounds(lever);
        float reachMetres = Float.parseFloat(lever.properties.get("reach", defaultReach).trim());
        float feet = walker.graph.node(node).y;
        return b[1] < feet + walker.body.height + reachMetres && b[3] > feet - reachMetres;
    }

    private boolean keyReached(Walker walker, Reach reach, String key) {
        for (MapObject pickup : all("pickup")) {
            if ("key".equals(pickup.properties.get("item")) && key.equals(pickup.properties.get("key", "").trim())) {
                int node = walker.startNode(pickup);
                if (node >= 0 && reach.reached(node)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The graph for a body, or null (and a problem) when the level is too big to build it. */
    private Walker walker(CharacterDef body, Array<Problem> problems) {
        try {
            return new Walker(withOpenedDoors(body), body);
        } catch (LevelException e) {
            String prefix = level.source + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            problems.add(new Problem(document.file, 0, "map", message));
            return null;
        }
    }

    private static boolean hasProblem(Array<Problem> problems, MapObject object) {
        for (Problem problem : problems) {
            if (problem.objectId == object.id && !problem.warning) {
                return true;
            }
        }
        return false;
    }

    /** One body's graph, the exits in it, and the searches and messages over it. */
    private final class Walker {
        final NavGraph graph;
        final CharacterDef body;
        final boolean[] exit;
        final Reach reach;

        Walker(NavGraph graph, CharacterDef body) {
            this.graph = graph;
            this.body = body;
            this.exit = new boolean[graph.size()];
            this.reach = new Reach(graph);
            for (MapObject object : all("exit")) {
                float[] b = document.bounds(object);
                for (int i = 0; i < graph.size(); i++) {
                    NavNode node = graph.node(i);
                    exit[i] |= node.x + body.width / 2f > b[0] && node.x - body.width / 2f < b[2] && node.y < b[3]
                            && node.y + body.height > b[1];
                }
            }
        }

        /** The player from a start: an error when no exit is reached, a warning when only through fire. */
        boolean check(MapObject start, Array<Problem> problems, boolean fromSpawn) {
            int from = startNode(start);
            if (from < 0) {
                problems.add(new Problem(document.file, start.id, start.label(), noFooting(start)));
                return false;
            }
            int reached = firstExit(reach.from(from, false));
            if (reached >= 0) {
                MapObject molten = firstExit(reach.from(from, false, false)) < 0
                        ? moltenOnTheWay(firstExit(reach.from(from, false))) : null;
                if (molten != null) {
                    problems.add(Problem.warning(document.file, molten.id, molten.label(), "the only way to the exit from the "
                            + (fromSpawn ? "player-spawn" : "checkpoint '" + start.name + "'") + " leaps over this molten"
                            + " steel, and a jump that falls short is death; fine for a set piece, or give a safer way"));
                }
                return true;
            }
            String who = body.title;
            int throughHeat = firstExit(reach.from(from, true));
            if (throughHeat >= 0) {
                MapObject hot = fireOnTheWay(throughHeat);
                problems.add(Problem.warning(document.file, hot.id, hot.label(), "the only way to the exit from the "
                        + (fromSpawn ? "player-spawn" : "checkpoint '" + start.name + "'") + " runs through this fire, and "
                        + who + " burns in it; give a way round or over it"));
                return true;
            }
            String fix = "; add a step, a ladder or a platform, or clear what blocks the way";
            if (!fromSpawn) {
                problems.add(new Problem(document.file, start.id, start.label(), "no exit can be reached from this checkpoint "
                        + ability() + ": " + who + " " + stuck(all("exit").first()) + fix));
                return false;
            }
            for (MapObject exitObject : all("exit")) {
                problems.add(new Problem(document.file, exitObject.id, exitObject.label(), "can't be reached from the"
                        + " player-spawn (object " + start.id + ") " + ability() + ": " + who + " " + stuck(exitObject) + fix));
            }
            return false;
        }

        /**
         * John from his spawn: an error when he can't follow to an exit (the exit won't open without him), a warning
         * when his only way runs through fire or leaps over molten steel.
         */
        void checkEscort(MapObject john, Array<Problem> problems) {
            int from = startNode(john);
            if (from < 0) {
                return;
            }
            if (firstExit(reach.from(from, false)) >= 0) {
                MapObject molten = firstExit(reach.from(from, false, false)) < 0
                        ? moltenOnTheWay(firstExit(reach.from(from, false))) : null;
                if (molten != null) {
                    problems.add(Problem.warning(document.file, molten.id, molten.label(), "John's only way to the exit leaps"
                            + " over this molten steel, and a jump that falls short is death; give him a safer way"));
                }
                return;
            }
            int throughHeat = firstExit(reach.from(from, true));
            if (throughHeat >= 0) {
                MapObject hot = fireOnTheWay(throughHeat);
                problems.add(Problem.warning(document.file, hot.id, hot.label(), "John's only way to the exit runs through"
                        + " this fire, and he burns in it; give him a way round or over it"));
                return;
            }
            problems.add(new Problem(document.file, john.id, john.label(), "John can't follow the player to the exit "
                    + ability() + ": he " + stuck(all("exit").first()) + ", and the exit won't open without him; give him"
                    + " a way (a ladder, a lift, a lower step)"));
        }

        /** How the body moves, as the search plans it (with the margin the game's AI keeps). */
        String ability() {
            return String.format(Locale.ROOT, "by running at %.1f m/s and jumping onto steps up to %.2f m high", body.runSpeed,
                    NavGraphBuilder.highestStep(body, tuning.gravity));
        }

        /** Where the search got nearest the exit and what stands between there and it. */
        String stuck(MapObject exitObject) {
            float[] e = document.bounds(exitObject);
            float ex = (e[0] + e[2]) / 2f;
            float ey = (e[1] + e[3]) / 2f;
            IntArray reached = reach.reachedNodes();
            NavNode best = graph.node(reached.first());
            float bestDistance = Float.MAX_VALUE;
            for (int i = 0; i < reached.size; i++) {
                NavNode node = graph.node(reached.get(i));
                float d = Math.abs(node.x - ex) + Math.abs(node.y + body.height / 2f - ey);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = node;
                }
            }
            String where = String.format(Locale.ROOT, "gets no nearer than x %.1f m, y %.1f m (Tiled %d, %d px)", best.x,
                    best.y, Math.round(best.x * LevelValidator.SCALE_PX),
                    Math.round((document.heightMetres() - best.y) * LevelValidator.SCALE_PX));
            return where + ", where " + obstacles.between(best.x, best.y + body.height / 2f, ex, ey, best.y);
        }

        int startNode(MapObject start) {
            float[] b = document.bounds(start);
            TerrainGrid grid = graph.grid();
            int x = grid.column((b[0] + b[2]) / 2f);
            int y = grid.row(b[1]);
            if (graph.nodeAt(x, y) >= 0) {
                return graph.nodeAt(x, y);
            }
            if (!grid.free(x, y, false)) {
                return -1;
            }
            int landed = grid.arc(x, y, 0f, 0f, tuning.gravity, ARC_DT, false, null);
            return landed < 0 ? -1 : graph.nodeAt(landed % grid.columns, landed / grid.columns);
        }

        /** Why a start has no place to stand: it is in a wall, it falls into molten steel, or out of the map. */
        String noFooting(MapObject start) {
            float[] b = document.bounds(start);
            TerrainGrid grid = graph.grid();
            int x = grid.column((b[0] + b[2]) / 2f);
            int y = grid.row(b[1]);
            if (!grid.free(x, y, false)) {
                return "stands in a wall or the ceiling: there is no room for " + body.title + " here; move it into the open";
            }
            int landed = grid.arc(x, y, 0f, 0f, tuning.gravity, ARC_DT, false, null);
            if (landed >= 0) {
                float centreX = (landed % grid.columns + grid.boxW / 2f) * grid.cell;
                float feet = landed / grid.columns * grid.cell;
                for (HazardDef hazard : level.hazards) {
                    if (hazard.kind == HazardDef.Kind.MOLTEN && centreX > hazard.x && centreX < hazard.x + hazard.width
                            && feet <= hazard.y + hazard.height + grid.cell) {
                        MapObject pool = document.object(hazard.objectId);
                        return "falls into molten steel" + (pool.name.isEmpty() ? "" : " " + UserText.quote(pool.name))
                                + " (object " + pool.id + "); move it onto a floor";
                    }
                }
            }
            return "falls out of the map: there is no ground under it; move it onto a floor";
        }

        int firstExit(Reach search) {
            IntArray reached = search.reachedNodes();
            for (int i = 0; i < reached.size; i++) {
                if (exit[reached.get(i)]) {
                    return reached.get(i);
                }
            }
            return -1;
        }

        /** The molten steel a leap on the way to {@code node} crosses (the last such leap), or null. */
        MapObject moltenOnTheWay(int node) {
            for (int at = node; reach.cameFrom(at) >= 0; at = reach.cameFrom(at)) {
                NavEdge edge = graph.edge(reach.cameFrom(at), at);
                if (edge != null && edge.overMolten()) {
                    return document.object(level.hazards.get(edge.molten).objectId);
                }
            }
            return null;
        }

        /** The fire the way to {@code node} runs through (the last one on it). */
        MapObject fireOnTheWay(int node) {
            for (int at = node; at >= 0; at = reach.cameFrom(at)) {
                int fire = graph.node(at).fire();
                if (fire >= 0) {
                    return document.object(level.hazards.get(fire).objectId);
                }
            }
            throw new IllegalStateException("a way through heat without a hazard");
        }
    }

    private Array<MapObject> all(String type) {
        Array<MapObject> found = new Array<>();
        for (MapObject object : document.objects) {
            if (object.type.equals(type)) {
                found.add(object);
            }
        }
        return found;
    }
}
