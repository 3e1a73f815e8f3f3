package com.judgmentday.ai;

import com.badlogic.gdx.ai.pfa.DefaultGraphPath;
import com.badlogic.gdx.ai.pfa.Heuristic;
import com.badlogic.gdx.ai.pfa.indexed.IndexedAStarPathFinder;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavNode;

/** gdx-ai's indexed A* over a navigation graph, with a time-based heuristic and counters for the report. */
public final class PathPlanner {
    private NavGraph graph;
    private IndexedAStarPathFinder<NavNode> finder;
    private final DefaultGraphPath<NavNode> found = new DefaultGraphPath<>();
    private final Heuristic<NavNode> heuristic;
    private int searches;
    /** Connections A* examined (gdx-ai's metrics call them visited nodes). */
    private long examined;

    /** {@code fastestSpeed}: the quickest the body covers ground in any way, m/s (keeps the heuristic admissible). */
    public PathPlanner(NavGraph graph, float fastestSpeed) {
        this.graph = graph;
        this.finder = new IndexedAStarPathFinder<>(graph, true);
        this.heuristic = (node, end) -> (Math.abs(node.x - end.x) + Math.abs(node.y - end.y)) / (fastestSpeed * 1.5f);
    }

    /** Plans from one node to another into {@code out} (node indices, start first); false when there is no way. */
    public boolean plan(int from, int to, long tick, IntArray out) {
        out.clear();
        if (from < 0 || to < 0) {
            return false;
        }
        graph.setTick(tick);
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

    public int searches() {
        return searches;
    }

    public long edgesExamined() {
        return examined;
    }

    /** Plans over another graph from now on (the level changed: a door opened); routes over the old one are void. */
    public void use(NavGraph rebuilt) {
        graph = rebuilt;
        finder = new IndexedAStarPathFinder<>(rebuilt, true);
    }

    public NavGraph graph() {
        return graph;
    }
}
