package com.judgmentday.nav;

import com.badlogic.gdx.utils.IntArray;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SolidDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A level's navigation graphs are built once and shared by its runs, agents and threads. */
class NavGraphCacheTest {
    private final TuningDef tuning = TestContent.tuning();

    @Test
    void twoRunsOfALevelShareTheT1000sGraphBuiltOnce() {
        LevelDef level = LevelCatalog.load("ai-maze", tuning);
        Simulation first = new Simulation(level, tuning, 1L);
        int built = level.navGraphs.builds();
        Simulation second = new Simulation(level, tuning, 2L);
        assertThat(second.navigation().graph).isSameAs(first.navigation().graph);
        CharacterDef john = tuning.character("john");
        assertThat(second.escortRoutes(john).graph()).isSameAs(first.escortRoutes(john).graph());
        assertThat(level.navGraphs.builds()).isEqualTo(built);
        first.dispose();
        second.dispose();
    }

    @Test
    void aLevelLoadedAgainGetsGraphsOfItsOwnAndTheyAreTheSame() {
        CharacterDef body = tuning.character("t1000");
        NavGraph one = NavGraphBuilder.build(LevelCatalog.load("ai-maze", tuning), body, tuning, true);
        NavGraph two = NavGraphBuilder.build(LevelCatalog.load("ai-maze", tuning), body, tuning, true);
        assertThat(two).isNotSameAs(one);
        assertThat(fingerprint(two)).isEqualTo(fingerprint(one));
    }

    @Test
    void theKeyIsWhatTheGraphIsBuiltFromNotWhichObjectsAskFor() {
        LevelDef level = LevelCatalog.load("ai-maze", tuning);
        CharacterDef body = tuning.character("t800");
        NavGraph graph = NavGraphBuilder.build(level, body, tuning, false);
        TuningDef reloaded = TestContent.tuning();
        assertThat(NavGraphBuilder.build(level, reloaded.character("t800"), reloaded, false)).as("the same figures").isSameAs(graph);
        assertThat(NavGraphBuilder.build(level, body, tuning, true)).as("pouring").isNotSameAs(graph);
        reloaded.character("t800").jumpSpeed *= 1.5f;
        assertThat(NavGraphBuilder.build(level, reloaded.character("t800"), reloaded, false)).as("a higher jump").isNotSameAs(graph);
        reloaded = TestContent.tuning();
        reloaded.gravity *= 0.5f;
        assertThat(NavGraphBuilder.build(level, reloaded.character("t800"), reloaded, false)).as("less gravity").isNotSameAs(graph);
    }

    @Test
    void theDoorsCountedOpenAreASetAndEachSetItsOwnGraph() {
        LevelDef level = LevelCatalog.load("ai-maze", tuning);
        // An id no object has: it opens nothing, but is part of the set asked for.
        IntArray doors = IntArray.with(-5);
        for (SolidDef solid : level.solids) {
            if (solid.door || solid.breakable) {
                doors.add(solid.objectId);
            }
        }
        assertThat(doors.size).as("the level's doors and breakables, and one more").isGreaterThanOrEqualTo(2);
        CharacterDef body = tuning.character("t800");
        NavGraph open = NavGraphBuilder.build(level, body, tuning, false, doors);
        IntArray reversed = new IntArray(doors);
        reversed.reverse();
        assertThat(NavGraphBuilder.build(level, body, tuning, false, reversed)).isSameAs(open);
        assertThat(NavGraphBuilder.build(level, body, tuning, false, new IntArray())).isNotSameAs(open);
    }

    @Test
    void threadsAskingAtOnceGetOneGraphBuiltOnce() throws Exception {
        LevelDef level = LevelCatalog.load("ai-maze", tuning);
        CharacterDef body = tuning.character("t1000");
        int before = level.navGraphs.builds();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<NavGraph>> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asked.add(pool.submit(() -> {
                    go.await();
                    return NavGraphBuilder.build(level, body, tuning, true);
                }));
            }
            go.countDown();
            NavGraph first = asked.get(0).get();
            for (Future<NavGraph> graph : asked) {
                assertThat(graph.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(level.navGraphs.builds()).isEqualTo(before + 1);
    }

    @Test
    void threadsBuildingDifferentGraphsOfOneLevelAtOnceEachGetTheirOwn() throws Exception {
        CharacterDef body = tuning.character("t1000");
        NavGraph alone = NavGraphBuilder.build(LevelCatalog.load("ai-maze", tuning), body, tuning, true, IntArray.with(-1));
        for (int round = 0; round < 3; round++) {
            LevelDef level = LevelCatalog.load("ai-maze", tuning);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            try {
                List<Future<NavGraph>> asked = new ArrayList<>();
                for (int i = 1; i <= 4; i++) {
                    // Ids no object has: four keys, four builds of the same graph, walking the level's lists at once.
                    IntArray open = IntArray.with(-i);
                    asked.add(pool.submit(() -> {
                        go.await();
                        return NavGraphBuilder.build(level, body, tuning, true, open);
                    }));
                }
                go.countDown();
                for (Future<NavGraph> graph : asked) {
                    assertThat(fingerprint(graph.get())).isEqualTo(fingerprint(alone));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theLeastRecentlyUsedGraphIsGivenUpPastTheLimit() {
        LevelDef level = LevelCatalog.load("ai-maze", tuning);
        CharacterDef body = tuning.character("t800");
        NavGraph kept = NavGraphBuilder.build(level, body, tuning, false);
        NavGraph dropped = NavGraphBuilder.build(level, body, tuning, false, IntArray.with(-1));
        for (int i = 2; i <= NavGraphCache.MAX_GRAPHS; i++) {
            NavGraphBuilder.build(level, body, tuning, false, IntArray.with(-i));
            NavGraphBuilder.build(level, body, tuning, false);
        }
        assertThat(NavGraphBuilder.build(level, body, tuning, false)).isSameAs(kept);
        assertThat(NavGraphBuilder.build(level, body, tuning, false, IntArray.with(-1))).isNotSameAs(dropped);
    }

    @Test
    void graphsPastTheBudgetOfPlacesAreGivenUpTheOldestFirstButNeverTheOneJustAskedFor() {
        CharacterDef body = tuning.character("t800");
        NavGraph small = NavGraphBuilder.build(TestLevels.flat(20f).build(), body, tuning, false);
        NavGraph big = NavGraphBuilder.build(TestLevels.flat(60f).build(), body, tuning, false);
        NavGraphCache cache = new NavGraphCache(NavGraphCache.MAX_GRAPHS, big.size());
        NavGraphCache.Key first = NavGraphCache.key(body, tuning, false, IntArray.with(1));
        NavGraphCache.Key second = NavGraphCache.key(body, tuning, false, IntArray.with(2));
        cache.get(first, () -> small);
        assertThat(cache.get(second, () -> big)).as("alone over the budget with the first").isSameAs(big);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.builds()).isEqualTo(2);
        cache.get(second, () -> big);
        assertThat(cache.builds()).as("the one kept").isEqualTo(2);
        cache.get(first, () -> small);
        assertThat(cache.builds()).as("the one given up, built again").isEqualTo(3);
    }

    @Test
    void aGraphStillBeingBuiltIsNotGivenUpSoItIsNeverBuiltTwice() throws Exception {
        CharacterDef body = tuning.character("t800");
        NavGraph graph = NavGraphBuilder.build(TestLevels.flat(20f).build(), body, tuning, false);
        NavGraphCache cache = new NavGraphCache(1, Long.MAX_VALUE);
        NavGraphCache.Key slow = NavGraphCache.key(body, tuning, false, IntArray.with(1));
        NavGraphCache.Key quick = NavGraphCache.key(body, tuning, false, IntArray.with(2));
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<NavGraph> first = pool.submit(() -> cache.get(slow, () -> {
                building.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return graph;
            }));
            building.await();
            cache.get(quick, () -> graph);
            finish.countDown();
            first.get();
            cache.get(slow, () -> graph);
            assertThat(cache.builds()).as("the slow one kept while it was built, then found built").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every node and edge, in order, as text. */
    private static String fingerprint(NavGraph graph) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < graph.size(); i++) {
            NavNode node = graph.node(i);
            out.append(node.cellX).append(',').append(node.cellY).append(node.squeeze()).append(node.fire()).append(node.heat())
                    .append(node.elevator()).append(node.stop()).append(node.carOnly()).append(':');
            for (NavEdge edge : graph.edges(node)) {
                out.append(edge.to.index).append(edge.kind).append(edge.vx).append(edge.getCost()).append(edge.molten).append(' ');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
