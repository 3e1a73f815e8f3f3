package com.judgmentday.ai;

import com.badlogic.gdx.utils.IntArray;
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
    void anEdgeOneAgentBansStillCarriesAnotherAgentOnTheSameGraph() {
        LevelDef level = TestLevels.flat(20f).build();
        NavGraph graph = NavGraphBuilder.build(level, tuning.character("t800"), tuning, false);
        PathPlanner banning = new PathPlanner(graph, 10f);
        PathPlanner other = new PathPlanner(graph, 10f);
        int from = graph.nearest(2f, 1f);
        int to = graph.nearest(18f, 1f);
        IntArray path = new IntArray();
        assertThat(banning.plan(from, to, 0L, path)).isTrue();
        NavEdge first = graph.edge(path.get(0), path.get(1));

        banning.ban(first, 600L);

        assertThat(other.plan(from, to, 10L, path)).isTrue();
        assertThat(takes(path, first)).as("the other agent's route").isTrue();
        banning.plan(from, to, 10L, path);
        assertThat(takes(path, first)).as("the banning agent's route, while banned").isFalse();
        assertThat(banning.plan(from, to, 600L, path)).isTrue();
        assertThat(takes(path, first)).as("the banning agent's route, once the ban has run out").isTrue();
    }

    @Test
    void aNewPlannersFirstLongSearchMakesNoRecordsInsideATick() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        NavGraph graph = NavGraphBuilder.build(LevelCatalog.load("ai-maze", tuning), tuning.character("t1000"), tuning, true);
        int from = 0;
        IntArray path = new IntArray(graph.size());
        PathPlanner finding = new PathPlanner(graph, 10f);
        int to = graph.size() - 1;
        while (!finding.plan(from, to, 0L, path)) {
            to--;
        }
        assertThat(path.size).as("a long way through the maze").isGreaterThan(10);
        long least = Long.MAX_VALUE;
        // Several planners: the first ones load and compile classes.
        for (int planner = 0; planner < 6; planner++) {
            PathPlanner fresh = new PathPlanner(graph, 10f);
            long before = threads.getCurrentThreadAllocatedBytes();
            boolean found = fresh.plan(from, to, 0L, path);
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
            assertThat(found).isTrue();
            assertThat(fresh.edgesExamined()).as("the search, not the preparation, is counted").isLessThan(20_000);
        }
        // gdx-ai makes a node's record the first time a search reaches it: made while the planner was built, not here.
        assertThat(least).isLessThan(2_000);
    }

    @Test
    void bansAreForgottenWhenThePlannerMovesToAnotherGraph() {
        LevelDef level = TestLevels.flat(20f).build();
        NavGraph graph = NavGraphBuilder.build(level, tuning.character("t800"), tuning, false);
        PathPlanner planner = new PathPlanner(graph, 10f);
        int from = graph.nearest(2f, 1f);
        int to = graph.nearest(18f, 1f);
        IntArray path = new IntArray();
        planner.plan(from, to, 0L, path);
        NavEdge first = graph.edge(path.get(0), path.get(1));
        planner.ban(first, 600L);

        planner.use(graph);

        assertThat(planner.plan(from, to, 10L, path)).isTrue();
        assertThat(takes(path, first)).isTrue();
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
