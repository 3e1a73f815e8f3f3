package com.judgmentday.ai;

import com.judgmentday.components.RouteComponent;
import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.nav.NavEdge;
import com.judgmentday.nav.NavEdgeKind;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.nav.NavGraphBuilder;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless scenarios on the T-1000 maze (ai-maze as built for these tests): the T-1000 against a John who stands still. */
class T1000PursuitTest {
    /** The T-1000 must reach John across the maze within this much game time. */
    private static final int BOUND_TICKS = 40 * 60;

    @Test
    void reachesJohnAcrossTheMazeWithinTheBound() {
        RunReport report = Scenario.level(TestContent.T1000_MAZE).seconds(60).run();
        GameEvent reached = first(report, EventType.T1000_REACHED);
        assertThat(reached).isNotNull();
        assertThat(reached.detail()).isEqualTo("john");
        assertThat(reached.tick).isLessThan(BOUND_TICKS);
        assertThat(report.outcome).as("it stabs the John it reached").isEqualTo(Outcome.LOSE);
    }

    @Test
    void theRouteThroughTheMazeWalksJumpsDropsClimbsPoursSqueezesAndRidesTheLift() {
        LevelDef level = LevelCatalog.load(TestContent.T1000_MAZE, TestContent.tuning());
        Navigation navigation = Navigation.build(level, TestContent.tuning(), TestContent.tuning().pursuit(null));
        RouteComponent route = new RouteComponent();
        assertThat(navigation.planner.plan(node(navigation, level, SpawnDef.Kind.T1000), node(navigation, level, SpawnDef.Kind.JOHN),
                0, route)).isTrue();
        IntArray path = route.path;
        Set<NavEdgeKind> kinds = EnumSet.noneOf(NavEdgeKind.class);
        boolean poured = false;
        boolean squeezed = false;
        for (int i = 1; i < path.size; i++) {
            NavEdge edge = navigation.graph.edge(path.get(i - 1), path.get(i));
            kinds.add(edge.kind);
            poured |= edge.throughBars;
            squeezed |= edge.to.squeeze();
        }
        assertThat(squeezed).as("the route pours under the maintenance door").isTrue();
        assertThat(kinds).contains(NavEdgeKind.WALK, NavEdgeKind.JUMP, NavEdgeKind.DROP, NavEdgeKind.CLIMB, NavEdgeKind.ELEVATOR);
        assertThat(poured).as("the route pours through the cell bars").isTrue();
    }

    @Test
    void pouresThroughBarsWhereTheT800CannotPass() {
        LevelDef level = LevelCatalog.load(TestContent.T1000_MAZE, TestContent.tuning());
        float gravity = TestContent.tuning().gravity;
        NavGraph liquid = NavGraphBuilder.build(level, TestContent.tuning().character("t1000"), TestContent.tuning(), true);
        NavGraph solid = NavGraphBuilder.build(level, TestContent.tuning().character("t1000"), TestContent.tuning(), false);
        SpawnDef from = level.spawn(SpawnDef.Kind.T1000);
        SpawnDef to = level.spawn(SpawnDef.Kind.JOHN);
        RouteComponent path = new RouteComponent();
        assertThat(new PathPlanner(liquid, 10f).plan(liquid.nearest(from.x, from.y), liquid.nearest(to.x, to.y), 0, path))
                .as("liquid: through the bars").isTrue();
        assertThat(new PathPlanner(solid, 10f).plan(solid.nearest(from.x, from.y), solid.nearest(to.x, to.y), 0, path))
                .as("a solid body of the same size: the bars stop it").isFalse();
    }

    @Test
    void theStabsWindUpIsAtLeastTheTunedTicks() {
        RunReport report = Scenario.level(TestContent.T1000_MAZE).seconds(60).run();
        GameEvent attack = first(report, EventType.T1000_ATTACK);
        GameEvent hit = first(report, EventType.T1000_HIT);
        assertThat(attack).isNotNull();
        assertThat(hit).isNotNull();
        assertThat(hit.tick - attack.tick).isGreaterThanOrEqualTo(TestContent.tuning().pursuit(null).stabWindupTicks);
    }

    @Test
    void mimicryTellsAndPouringShowInTheReport() {
        RunReport report = Scenario.level(TestContent.T1000_MAZE).seconds(60).run();
        assertThat(first(report, EventType.T1000_POURED)).isNotNull();
        assertThat(first(report, EventType.T1000_SAMPLED).detail()).isEqualTo("guard");
        GameEvent disguised = first(report, EventType.T1000_DISGUISED);
        assertThat(disguised.what).isEqualTo("guard");
        GameEvent said = first(report, EventType.LINE_SAID);
        assertThat(said.what).isEqualTo("guard.cant-be-here");
        assertThat(said.who()).isEqualTo("Guard");
        assertThat(said.whoId).as("said by the T-1000 in the guard's voice").isEqualTo(disguised.whoId);
        assertThat(said.detail()).isEqualTo("Hey, you can't be up here.");
        assertThat(said.tick).isEqualTo(disguised.tick);
        assertThat(first(report, EventType.T1000_GLITCH).detail()).contains("chequered");
    }

    @Test
    void theAisCostIsCountedInTheReport() {
        RunReport report = Scenario.level(TestContent.T1000_MAZE).seconds(60).run();
        assertThat(report.stats.get("navNodes", 0)).isPositive();
        assertThat(report.stats.get("navEdges", 0)).isGreaterThan(report.stats.get("navNodes", 0));
        assertThat(report.stats.get("pathSearches", 0)).isPositive();
        assertThat(report.stats.get("aiNanosPerTick", -1)).isPositive();
    }

    @Test
    void theChaseIsDeterministic() {
        RunReport first = Scenario.level(TestContent.T1000_MAZE).seconds(30).run();
        RunReport second = Scenario.level(TestContent.T1000_MAZE).seconds(30).run();
        assertThat(second.hashes.toArray()).containsExactly(first.hashes.toArray());
        assertThat(second.stateHash).isEqualTo(first.stateHash);
    }

    private static int node(Navigation navigation, LevelDef level, SpawnDef.Kind kind) {
        SpawnDef spawn = level.spawn(kind);
        return navigation.graph.nearest(spawn.x, spawn.y);
    }

    private static GameEvent first(RunReport report, EventType type) {
        for (GameEvent event : report.events) {
            if (event.type == type) {
                return event;
            }
        }
        return null;
    }
}
