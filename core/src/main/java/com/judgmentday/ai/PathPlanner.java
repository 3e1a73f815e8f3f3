package com.judgmentday.ai;

import com.badlogic.gdx.ai.pfa.Connection;
import com.badlogic.gdx.ai.pfa.DefaultGraphPath;
import com.badlogic.gdx.ai.pfa.Heuristic;
import com.badlogic.gdx.ai.pfa.indexed.IndexedAStarPathFinder;
import com.badlogic.gdx.ai.pfa.indexed.IndexedGraph;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavNode;

/**
 * One agent's route search: gdx-ai's indexed A* over a navigation graph shared with others, a time-based heuristic,
 * the edges this agent has given up for a while (its own: another agent on the same graph still takes them), and
 * counters for the report.
 */
public final class PathPlanner implements IndexedGraph<NavNode> {
    private NavGraph graph;
    /** The route of the agent whose search is under way: its bans are read against {@link #now}. */
    private RouteComponent searching;
    private final Array<Connection<NavNode>> usable = new Array<>(false, 16);
    /** The tick of the search under way (bans are read against it). */
    private long now;
    private IndexedAStarPathFinder<NavNode> finder;
    private final DefaultGraphPath<NavNode> found = new DefaultGraphPath<>();
    /** While {@link #prepare} runs: the nodes A* has expanded (asked the connections of). */
    private boolean[] expanded;
    private final Heuristic<NavNode> heuristic;
    private int searches;
    /** Connections A* examined (gdx-ai's metrics call them visited nodes). */
    private long examined;

    /** {@code fastestSpeed}: the quickest the body covers ground in any way, m/s (keeps the heuristic admissible). */
    public PathPlanner(NavGraph graph, float fastestSpeed) {
        this.graph = graph;
        this.finder = new IndexedAStarPathFinder<>(this, true);
        this.heuristic = (node, end) -> (Math.abs(node.x - end.x) + Math.abs(node.y - end.y)) / (fastestSpeed * 1.5f);
        prepare();
    }

    /**
     * Has A* make its record of every node now, while the level is set up, rather than in the ticks of the first long
     * searches (gdx-ai makes a node's record the first time a search reaches it: 10-20 KB a run on the maze), and grow
     * its open list: searches for a goal no edge leads to, from each node no earlier one reached, so each goes through
     * all it can reach. The records only carry state within a search, so the routes found later are the same.
     */
    private void prepare() {
        expanded = new boolean[graph.size()];
        for (int i = 0; i < expanded.length; i++) {
            if (!expanded[i]) {
                finder.searchNodePath(graph.node(i), graph.nowhere(), heuristic, found);
            }
        }
        found.clear();
        found.nodes.ensureCapacity(graph.size());
        expanded = null;
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
        IntArray out = route.path;
        out.clear();
        if (from < 0 || to < 0) {
            return false;
        }
        now = tick;
        searching = route;
        found.clear();
        searches++;
        boolean ok = finder.searchNodePath(graph.node(from), graph.node(to), heuristic, found);
        if (finder.metrics != null) {
            examined += finder.metrics.visitedNodes;
        }
        if (ok) {
            for (int i = 0; i < found.getCount(); i++) {
                out.add(found.get(i).index);
            }
        }
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

    @Override
    public int getIndex(NavNode node) {
        return node.index;
    }

    @Override
    public int getNodeCount() {
        return graph.size();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Array<Connection<NavNode>> getConnections(NavNode fromNode) {
        if (expanded != null) {
            // Each node's edges are walked once over all of the preparation's searches: a node an earlier search
            // expanded (its neighbours have their records) leads nowhere now, so the work stays linear in the graph.
            if (expanded[fromNode.index]) {
                usable.clear();
                return usable;
            }
            expanded[fromNode.index] = true;
        }
        Array<NavEdge> edges = graph.edges(fromNode);
        if (searching == null || searching.bannedUntil.size == 0) {
            // Read only: A* walks the list and keeps none of it.
            return (Array) edges;
        }
        usable.clear();
        for (int i = 0; i < edges.size; i++) {
            NavEdge edge = edges.items[i];
            if (!banned(edge)) {
                usable.add(edge);
            }
        }
        return usable;
    }

    private boolean banned(NavEdge edge) {
        IntArray edges = searching.bannedEdges;
        for (int i = 0; i < searching.bannedUntil.size; i++) {
            if (edges.items[2 * i] == edge.from.index && edges.items[2 * i + 1] == edge.to.index
                    && searching.bannedUntil.items[i] > now) {
                return true;
            }
        }
        return false;
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
        // Not prepared here: this runs in the tick a door opens, where a pass over the whole graph is no tick's work (the
        // records are made as searches reach them: a new graph warms up anew).
        finder = new IndexedAStarPathFinder<>(this, true);
    }

    public NavGraph graph() {
        return graph;
    }
}
