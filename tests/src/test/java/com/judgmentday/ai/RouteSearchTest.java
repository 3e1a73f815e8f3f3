package com.judgmentday.ai;

import com.badlogic.gdx.ai.pfa.Connection;
import com.badlogic.gdx.ai.pfa.DefaultGraphPath;
import com.badlogic.gdx.ai.pfa.Heuristic;
import com.badlogic.gdx.ai.pfa.indexed.IndexedAStarPathFinder;
import com.badlogic.gdx.ai.pfa.indexed.IndexedGraph;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavGraphBuilder;
import com.judgmentday.nav.NavNode;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's own A* finds exactly the routes gdx-ai's {@code IndexedAStarPathFinder} finds, and examines as many
 * edges, on the shipped graphs, for bodies that walk and the T-1000's, with and without edges banned: every route a
 * certificate holds was planned by the latter.
 */
class RouteSearchTest {
    private static final int SEARCHES = 400;
    private final TuningDef tuning = TestContent.tuning();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"proving-ground", "galleria", "ai-maze", "hazard-lab", "steel-mill", "steel-mill-2",
        "steel-mill-3", "steel-mill-fight", "steel-mill-run", "bench/crowd.tmx"})
    void findsTheSameRoutesAsGdxAisAStar(String id) {
        LevelDef level = LevelCatalog.load(id.startsWith("bench/") ? TestContent.assets().resolve(id).toString() : id, tuning);
        compare(level, tuning.character("t1000"), true, id.hashCode());
        compare(level, tuning.character("person"), false, id.hashCode() + 1);
    }

    @org.junit.jupiter.api.Test
    void aPlannerHandedAnotherGraphAsADoorOpensMakesNothingAndStillFindsGdxAisRoutes() {
        // The flat copy of a graph is made once and shared; a planner switched to it reuses its own arrays. Made anew
        // by each planner as the Galleria's wall broke and its shutter opened, they cost 274 B a tick in bench.
        LevelDef level = LevelCatalog.load("galleria", tuning);
        CharacterDef body = tuning.character("person");
        NavGraph graph = NavGraphBuilder.build(level, body, tuning, false);
        NavGraph other = NavGraphBuilder.build(LevelCatalog.load("galleria", tuning), body, tuning, false);
        float fastest = Math.max(body.runSpeed, body.jumpSpeed);
        PathPlanner planner = new PathPlanner(graph, fastest);
        other.flat();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        planner.use(other);
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes made switching graphs").isZero();
        assertThat(other.flat()).as("made once").isSameAs(other.flat());
        compare(planner, other, fastest, 7L);
    }

    private void compare(LevelDef level, CharacterDef body, boolean liquid, long seed) {
        NavGraph graph = NavGraphBuilder.build(level, body, tuning, liquid);
        float fastest = Math.max(body.runSpeed, body.jumpSpeed);
        compare(new PathPlanner(graph, fastest), graph, fastest, seed);
    }

    private void compare(PathPlanner planner, NavGraph graph, float fastest, long seed) {
        Reference reference = new Reference(graph, fastest);
        Random random = new Random(seed);
        RouteComponent route = new RouteComponent();
        int found = 0;
        for (int i = 0; i < SEARCHES; i++) {
            int from = random.nextInt(graph.size());
            int to = random.nextInt(graph.size());
            if (i % 3 == 0) {
                banSome(route, graph, random, i);
            }
            long examinedBefore = planner.edgesExamined();
            boolean ok = planner.plan(from, to, i, route);
            IntArray expected = new IntArray();
            boolean expectedOk = reference.plan(from, to, i, route, expected);
            assertThat(ok).as("found, %d to %d", from, to).isEqualTo(expectedOk);
            assertThat(route.path.toArray()).as("route, %d to %d", from, to).isEqualTo(expected.toArray());
            assertThat(planner.edgesExamined() - examinedBefore).as("edges examined").isEqualTo(reference.examined);
            found += ok ? 1 : 0;
        }
        assertThat(found).as("searches that found a way").isGreaterThan(SEARCHES / 10);
    }

    private static void banSome(RouteComponent route, NavGraph graph, Random random, long tick) {
        for (int b = 0; b < 6; b++) {
            NavNode node = graph.node(random.nextInt(graph.size()));
            if (graph.edges(node).size > 0) {
                NavEdge edge = graph.edges(node).get(random.nextInt(graph.edges(node).size));
                PathPlanner.ban(route, edge, tick, tick + 1 + random.nextInt(20));
            }
        }
    }

    /** The planner as it was: gdx-ai's indexed A* over the graph, banned edges left out of a node's connections. */
    private static final class Reference implements IndexedGraph<NavNode> {
        private final NavGraph graph;
        private final IndexedAStarPathFinder<NavNode> finder;
        private final Heuristic<NavNode> heuristic;
        private final DefaultGraphPath<NavNode> path = new DefaultGraphPath<>();
        private final Array<Connection<NavNode>> usable = new Array<>();
        private RouteComponent route;
        private long now;
        int examined;

        Reference(NavGraph graph, float fastestSpeed) {
            this.graph = graph;
            this.finder = new IndexedAStarPathFinder<>(this, true);
            this.heuristic = (node, end) -> (Math.abs(node.x - end.x) + Math.abs(node.y - end.y)) / (fastestSpeed * 1.5f);
        }

        boolean plan(int from, int to, long tick, RouteComponent banning, IntArray out) {
            route = banning;
            now = tick;
            path.clear();
            boolean ok = finder.searchNodePath(graph.node(from), graph.node(to), heuristic, path);
            examined = finder.metrics.visitedNodes;
            for (int i = 0; ok && i < path.getCount(); i++) {
                out.add(path.get(i).index);
            }
            return ok;
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
        public Array<Connection<NavNode>> getConnections(NavNode fromNode) {
            usable.clear();
            Array<NavEdge> edges = graph.edges(fromNode);
            for (int i = 0; i < edges.size; i++) {
                NavEdge edge = edges.get(i);
                if (!banned(edge)) {
                    usable.add(edge);
                }
            }
            return usable;
        }

        private boolean banned(NavEdge edge) {
            for (int i = 0; i < route.bannedUntil.size; i++) {
                if (route.bannedEdges.get(2 * i) == edge.from.index && route.bannedEdges.get(2 * i + 1) == edge.to.index
                        && route.bannedUntil.get(i) > now) {
                    return true;
                }
            }
            return false;
        }
    }
}
