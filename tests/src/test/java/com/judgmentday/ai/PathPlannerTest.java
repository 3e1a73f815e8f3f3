package com.judgmentday.ai;

import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavGraphBuilder;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** A planner is one agent's search over a graph others share: what it gives up is its own. */
class PathPlannerTest {
    private final TuningDef tuning = TestContent.tuning();

    @Test
    void anEdgeOneAgentBansStillCarriesAnotherAgentOnTheSamePlanner() {
        LevelDef level = TestLevels.flat(20f).build();
        NavGraph graph = NavGraphBuilder.build(level, tuning.character("t800"), tuning, false);
        PathPlanner shared = new PathPlanner(graph, 10f);
        RouteComponent banning = new RouteComponent();
        RouteComponent other = new RouteComponent();
        int from = graph.nearest(2f, 1f);
        int to = graph.nearest(18f, 1f);
        assertThat(shared.plan(from, to, 0L, banning)).isTrue();
        NavEdge first = graph.edge(banning.path.get(0), banning.path.get(1));

        PathPlanner.ban(banning, first, 0L, 600L);

        assertThat(shared.plan(from, to, 10L, other)).isTrue();
        assertThat(takes(other.path, first)).as("the other agent's route").isTrue();
        shared.plan(from, to, 10L, banning);
        assertThat(takes(banning.path, first)).as("the banning agent's route, while banned").isFalse();
        assertThat(shared.plan(from, to, 600L, banning)).isTrue();
        assertThat(takes(banning.path, first)).as("the banning agent's route, once the ban has run out").isTrue();
        PathPlanner.ban(banning, graph.edge(banning.path.get(1), banning.path.get(2)), 600L, 1200L);
        assertThat(banning.bannedUntil.size).as("a ban that has run out is dropped when another is made").isEqualTo(1);
    }

    @Test
    void aNewPlannersFirstLongSearchMakesNothing() {
        // Everything a search needs is made with the planner (its arrays) or the graph (its flat copy, shared).
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        NavGraph graph = NavGraphBuilder.build(LevelCatalog.load("ai-maze", tuning), tuning.character("t1000"), tuning, true);
        int from = 0;
        RouteComponent route = new RouteComponent();
        PathPlanner finding = new PathPlanner(graph, 10f);
        finding.fit(route);
        int to = graph.size() - 1;
        while (!finding.plan(from, to, 0L, route)) {
            to--;
        }
        assertThat(route.path.size).as("a long way through the maze").isGreaterThan(10);
        long most = 0;
        // Several planners: the first ones load and compile classes, so the last ones are the measure.
        for (int planner = 0; planner < 6; planner++) {
            PathPlanner fresh = new PathPlanner(graph, 10f);
            long before = threads.getCurrentThreadAllocatedBytes();
            boolean found = fresh.plan(from, to, 0L, route);
            long made = threads.getCurrentThreadAllocatedBytes() - before;
            most = planner >= 3 ? Math.max(most, made) : most;
            assertThat(found).isTrue();
        }
        assertThat(most).as("bytes a first search makes").isZero();
    }

    private static boolean takes(IntArray path, NavEdge edge) {
        for (int i = 1; i < path.size; i++) {
            if (path.get(i - 1) == edge.from.index && path.get(i) == edge.to.index) {
                return true;
            }
        }
        return false;
    }
}
