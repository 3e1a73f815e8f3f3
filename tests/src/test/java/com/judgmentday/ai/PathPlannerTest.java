package com.judgmentday.ai;

import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelDef;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavGraphBuilder;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

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
