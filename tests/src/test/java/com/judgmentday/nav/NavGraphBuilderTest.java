package com.judgmentday.nav;

import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelException;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The one model of where a body can go, as the game and the validator build it. */
class NavGraphBuilderTest {
    private final TuningDef tuning = TestContent.tuning();

    @Test
    void aFloorWithinJumpReachOfTheMapsTopEdgeIsNavigable() {
        // The map is 3.5 m tall: a jump from the floor rises past its top edge, where nothing closes it.
        LevelDef level = TestLevels.flat(20f).height(3.5f).john(4f).t1000(15f).exit(18f, 1f).build();
        NavGraph graph = NavGraphBuilder.build(level, tuning.character("t1000"), tuning, true);
        assertThat(graph.size()).isPositive();
        Simulation simulation = new Simulation(level, tuning, 1L);
        for (int tick = 0; tick < 120; tick++) {
            simulation.step(new ActionSet());
        }
        simulation.dispose();
    }

    @Test
    void aWallOneTileShortOfTheTopCanBeStoodOn() {
        LevelDef level = TestLevels.flat(20f).height(6f).solid(8f, 1f, 10f, 5f).build();
        NavGraph graph = NavGraphBuilder.build(level, tuning.character("t800"), tuning, false);
        assertThat(graph.nodeAt(graph.grid().column(9f), graph.grid().row(5f))).as("on top of the wall").isNotNegative();
    }

    @Test
    void aCalledLiftCarriesFromWhereItWaitsAndAMovingOneBothWays() {
        for (boolean moving : new boolean[] {false, true}) {
            LevelDef level = TestLevels.flat(20f).elevator(10f, 1f, 7f, moving).solid(11f, 6.8f, 20f, 7f).build();
            NavGraph graph = NavGraphBuilder.build(level, tuning.character("t800"), tuning, false);
            int bottom = graph.nearest(10f, 1.1f);
            int top = graph.nearest(10f, 7.1f);
            assertThat(rideBetween(graph, bottom, top)).as("up, moving %s", moving).isTrue();
            assertThat(rideBetween(graph, top, bottom)).as("down, moving %s", moving).isEqualTo(moving);
        }
    }

    @Test
    void aLevelTooBigToNavigateIsRefusedAtOnceWithTheLimit() {
        LevelDef level = TestLevels.flat(10_000f).height(10_000f).build();
        // A hang guard, not a speed target: building 100 million cells would take minutes.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> NavGraphBuilder.build(level, tuning.character("t1000"), tuning, true))
                        .isInstanceOf(LevelException.class).hasMessageContaining("too big").hasMessageContaining("limit"));
    }

    @Test
    void fireIsMarkedAndCostsMoreToEnterForABodyThatBurns() {
        LevelDef level = TestLevels.flat(20f).fire(8f, 2f).build();
        NavGraph graph = NavGraphBuilder.build(level, tuning.character("t800"), tuning, false);
        NavNode inFire = graph.node(graph.nearest(9f, 1f));
        NavNode before = graph.node(graph.nearest(7.3f, 1f));
        assertThat(inFire.fire()).isNotNegative();
        assertThat(before.fire()).isNegative();
        NavEdge into = null;
        for (NavEdge edge : graph.edges(before)) {
            if (edge.to.fire() >= 0 && edge.kind == NavEdgeKind.WALK) {
                into = edge;
            }
        }
        assertThat(into).isNotNull();
        assertThat(into.getCost()).isGreaterThan(10f);
    }

    private static boolean rideBetween(NavGraph graph, int from, int to) {
        NavNode a = graph.node(from);
        NavNode b = graph.node(to);
        for (NavEdge edge : graph.edges(a)) {
            if (edge.kind == NavEdgeKind.ELEVATOR && Math.abs(edge.to.y - b.y) < 0.3f) {
                return true;
            }
        }
        return false;
    }
}
