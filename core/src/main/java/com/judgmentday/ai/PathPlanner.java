package com.judgmentday.ai;

import com.judgmentday.components.RouteComponent;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavGraph;

/**
 * One agent's route search: indexed A* (gdx-ai's, step for step: {@link RouteSearch}) over a navigation graph shared
 * with others, a time-based heuristic, the edges this agent has given up for a while (its own: another agent on the
 * same graph still takes them), and counters for the report.
 */
public final class PathPlanner {
    private NavGraph graph;
    private final float fastestSpeed;
    private RouteSearch search;
    private int searches;
    /** Connections A* examined (gdx-ai's metrics call them visited nodes). */
    private long examined;

    /** {@code fastestSpeed}: the quickest the body covers ground in any way, m/s (keeps the heuristic admissible). */
    public PathPlanner(NavGraph graph, float fastestSpeed) {
        this.graph = graph;
        this.fastestSpeed = fastestSpeed;
        // Everything a search needs is made here, as the level is set up, so no search in play makes garbage.
        this.search = new RouteSearch(graph.flat(), fastestSpeed * 1.5f);
    }

    /**
     * Makes room in an agent's route for the longest path this graph holds, as the agent is set up, so planning in
     * play costs no garbage (the route's list would otherwise grow the first time the agent goes far).
     */
    public void fit(RouteComponent route) {
        route.path.ensureCapacity(graph.size() - route.path.size);
    }

    /**
     * Plans the agent's route from one node to another into its path (node indices, start first), around the edges it
     * gave up; false when there is no way.
     */
    public boolean plan(int from, int to, long tick, RouteComponent route) {
        route.path.clear();
        if (from < 0 || to < 0) {
            return false;
        }
        searches++;
        boolean ok = search.search(from, to, route, tick, route.path);
        examined += search.examined();
        return ok;
    }

    /**
     * The agent avoids this edge in its own searches until the given tick (another ban of it replaces this one; those
     * run out by {@code tick} are dropped).
     */
    public static void ban(RouteComponent route, NavEdge edge, long tick, long untilTick) {
        for (int i = route.bannedUntil.size - 1; i >= 0; i--) {
            boolean same = route.bannedEdges.get(2 * i) == edge.from.index && route.bannedEdges.get(2 * i + 1) == edge.to.index;
            if (same || route.bannedUntil.get(i) <= tick) {
                route.bannedEdges.removeRange(2 * i, 2 * i + 1);
                route.bannedUntil.removeIndex(i);
            }
        }
        route.bannedEdges.add(edge.from.index, edge.to.index);
        route.bannedUntil.add(untilTick);
    }

    public int searches() {
        return searches;
    }

    public long edgesExamined() {
        return examined;
    }

    /**
     * Plans over another graph from now on (the level changed: a door opened); routes and bans over the old one are
     * void (the openings follower drops them from every route).
     */
    public void use(NavGraph rebuilt) {
        graph = rebuilt;
        // In the tick a door opens: the new graph's flat copy is shared (made once, by whichever run met it first), and
        // the search's arrays are reused unless the new graph has outgrown them.
        search.use(rebuilt.flat());
    }

    public NavGraph graph() {
        return graph;
    }
}
