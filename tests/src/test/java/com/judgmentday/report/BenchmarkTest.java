package com.judgmentday.report;

import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.physics.box2d.BodyDef;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.bot.Bot;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.events.EventType;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.objects.PlacedObject;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's measurements hold together (the physics floor lies inside the tick, the settling ticks are left out
 * of the allocation), and its stress level does the work it is there for: everyone and everything awake, the T-1000
 * in pieces.
 */
class BenchmarkTest {
    private static LevelDef stress() {
        return LevelCatalog.load(TestContent.assets().resolve("bench/stress.tmx").toString(), TestContent.tuning());
    }

    @Test
    void aRunTimesTheBareWorldStepInsideTheWholeTick() {
        Benchmark benchmark = new Benchmark(TestContent.tuning(), (simulation, tuning, seed) -> Bot.create(simulation,
                tuning, "average", seed));
        BenchResult.Run run = benchmark.run(LevelCatalog.load("proving-ground", TestContent.tuning()), 1L, 300);
        assertThat(run.ticks()).isEqualTo(300);
        assertThat(run.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(run.physicsNanos()).isPositive().isLessThan(run.tickNanos() - run.playerNanos());
        assertThat(run.playerNanos()).isPositive().isLessThan(run.tickNanos());
        assertThat(run.floorRatio()).isGreaterThan(1).isLessThan(run.withPlayerRatio());
        assertThat(run.allocationTicks()).isEqualTo(300 - Benchmark.SETTLE_TICKS);
        assertThat(run.bodies()).isPositive();
        BenchResult result = new BenchResult("proving-ground", List.of(run));
        assertThat(BenchTable.table(List.of(result))).contains("| proving-ground | 1 | TIMEOUT | 300 |");
        BenchResult.Run tooShort = benchmark.run(LevelCatalog.load("proving-ground", TestContent.tuning()), 1L, 60);
        assertThat(BenchTable.targets(List.of(new BenchResult("proving-ground", List.of(tooShort)))))
                .as("a run over before its allocation is measured meets nothing").doesNotContain("bytes a tick after 120 ticks: met")
                .contains("bytes a tick after 120 ticks: not measured on proving-ground (no run lasted past tick 120)");
    }

    @Test
    void theStressLevelHasItsCrowdAndItsCrates() {
        LevelDef level = stress();
        assertThat(level.people.size).isEqualTo(40);
        int crates = 0;
        for (PlacedObject object : level.placed) {
            crates += object.type.name().equals("crate") ? 1 : 0;
        }
        assertThat(crates).isEqualTo(200);
    }

    @Test
    void onTheStressLevelTheT1000IsInPiecesAndTheBodiesStayAwake() {
        Simulation simulation = new Simulation(stress(), TestContent.tuning(), 1L);
        try {
            ActionSet nothing = new ActionSet();
            for (int tick = 0; tick < 300; tick++) {
                simulation.step(nothing);
            }
            assertThat(simulation.events().first(EventType.T1000_SHATTERED)).isNotNull();
            assertThat(simulation.events().first(EventType.T1000_SHATTERED).tick).isLessThan(60);
            assertThat(Mappers.LIQUID.get(simulation.t1000()).material).isIn(Material.SHATTERED, Material.REFORMING);
            Array<Body> bodies = new Array<>();
            simulation.world().getBodies(bodies);
            int awake = 0;
            for (Body body : bodies) {
                awake += body.getType() != BodyDef.BodyType.StaticBody && body.isAwake() ? 1 : 0;
            }
            // The crates jammed by their belts and the people riding theirs: 240 bodies that never get to sleep.
            assertThat(awake).isGreaterThanOrEqualTo(240);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void theCrowdLevelsFortyPeopleActUnderFireAndPlayTheSameTwice() {
        long[] hashes = new long[2];
        int[] alarmed = new int[2];
        int people = 0;
        java.util.Set<String> shooters = new java.util.HashSet<>();
        for (int run = 0; run < 2; run++) {
            LevelDef crowd = LevelCatalog.load(TestContent.assets().resolve("bench/crowd.tmx").toString(),
                    TestContent.tuning());
            Simulation simulation = new Simulation(crowd, TestContent.tuning(), 1L);
            try {
                ActionSet right = new ActionSet().add(com.judgmentday.input.Action.RIGHT);
                ActionSet fire = new ActionSet().add(com.judgmentday.input.Action.RIGHT).add(com.judgmentday.input.Action.FIRE);
                java.util.Set<String> ever = new java.util.HashSet<>();
                com.badlogic.ashley.utils.ImmutableArray<com.badlogic.ashley.core.Entity> acting = simulation.engine()
                        .getEntitiesFor(com.badlogic.ashley.core.Family.all(
                                com.judgmentday.components.AwarenessComponent.class).get());
                people = acting.size();
                for (int tick = 0; tick < 900; tick++) {
                    // The T-800 walks into the crowd, firing every 40 ticks: everyone hears it, police fire back.
                    simulation.step(tick % 40 < 2 ? fire : right);
                    for (com.badlogic.ashley.core.Entity person : acting) {
                        if (Mappers.AWARENESS.get(person).alarmed) {
                            ever.add(Mappers.IDENTITY.get(person).name);
                        }
                    }
                }
                alarmed[run] = ever.size();
                for (com.judgmentday.events.GameEvent shot : simulation.events().events()) {
                    if (shot.type == EventType.WEAPON_FIRED && shot.subject.startsWith("police")) {
                        shooters.add(shot.subject);
                    }
                }
                hashes[run] = new com.judgmentday.sim.StateHasher(simulation).hash(simulation);
            } finally {
                simulation.dispose();
            }
        }
        assertThat(people).as("forty people who act").isEqualTo(40);
        assertThat(alarmed[0]).as("most of them alarmed by the gunfire").isGreaterThanOrEqualTo(30);
        assertThat(shooters).as("police opened fire").hasSizeGreaterThanOrEqualTo(3);
        assertThat(alarmed[1]).isEqualTo(alarmed[0]);
        assertThat(hashes[1]).as("the same state, tick for tick").isEqualTo(hashes[0]);
    }
}
