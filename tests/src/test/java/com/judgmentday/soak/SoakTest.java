package com.judgmentday.soak;

import com.badlogic.ashley.core.EntitySystem;
import com.judgmentday.certificates.Certificate;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.input.InputSource;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The short soak of every shipped level the suite runs, and how a soak reports what it finds. */
class SoakTest {
    private static final long MINUTE = 60L * Simulation.TICKS_PER_SECOND;

    static List<String> levels() {
        List<String> ids = new java.util.ArrayList<>();
        for (String id : LevelCatalog.ids()) {
            ids.add(id);
        }
        return ids;
    }

    private static LevelDef level(String id) {
        return LevelCatalog.load(id, TestContent.tuning());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void everyShippedLevelTakesAMinuteOfHostileInputWithNothingBroken(String id) {
        SoakResult result = new Soak(TestContent.tuning(), null, false).run(level(id), MINUTE, 1L, Certificate.START);
        assertThat(result.failures).as(result.summary()).isEmpty();
        assertThat(result.clean()).isTrue();
        assertThat(result.ticks).isEqualTo(MINUTE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"src/test/resources/levels/load.tmx", "src/test/resources/levels/load-t1000.tmx"})
    void loadsOnTheirChainsSwingAndDropUnderHostileInputWithEveryAnchorAccountedFor(String path) {
        // No shipped level hangs a load yet: these test levels keep the anchors' accounting under soak.
        SoakResult result = new Soak(TestContent.tuning(), null, false).run(level(path), MINUTE, 1L, Certificate.START);
        assertThat(result.failures).as(result.summary()).isEmpty();
        assertThat(result.count(EventType.LOAD_HIT)).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"src/test/resources/levels/open-edge.tmx", "src/test/resources/levels/character-spawn.tmx"})
    void whatFallsOffAnOpenEdgeIsTakenByTheFallRuleAndBreaksNothing(String path) {
        // The soak's finding: these maps let a body leave (a shot crate, the player); the fall rule takes it, so the
        // run goes on or ends as lost, never with a body outside in play.
        // Hostile input is random: a body goes over within a few seeds' minutes, not always in the first.
        int fell = 0;
        String exercised = "";
        for (long seed = 1L; seed <= 4L && fell == 0; seed++) {
            SoakResult result = new Soak(TestContent.tuning(), null, false).run(level(path), MINUTE, seed, Certificate.START);
            assertThat(result.failures).as(result.summary()).isEmpty();
            fell = result.count(EventType.BODY_FELL);
            exercised = result.exercised();
        }
        assertThat(fell).as(exercised).isPositive();
    }

    @Test
    void aRunThatEndsGivesWayToTheNextSeedFromTheNextStartPoint() {
        // The T-1000 ends a run of ai-maze within seconds when nobody defends John (the next, invulnerable, lasts).
        SoakResult result = new Soak(TestContent.tuning(), null, false).run(level("ai-maze"), MINUTE, 1L, Certificate.START);
        assertThat(result.restarts).isPositive();
        assertThat(result.won + result.lost + result.timedOut).as("each run but the last, cut short by the span, ended")
                .isEqualTo(result.restarts);
        assertThat(result.ticks).isEqualTo(MINUTE);
    }

    @Test
    void theSameSeedSoaksTheSameWay() {
        Soak soak = new Soak(TestContent.tuning(), null, false);
        SoakResult first = soak.run(level("hazard-lab"), MINUTE, 5L, Certificate.START);
        SoakResult second = soak.run(level("hazard-lab"), MINUTE, 5L, Certificate.START);
        assertThat(second.events).isEqualTo(first.events);
        assertThat(second.restarts).isEqualTo(first.restarts);
    }

    @Test
    void anExceptionInATickIsReportedWithLevelStartSeedAndTickAndTheSoakGoesOn() {
        Soak soak = new Soak(TestContent.tuning(), null, false, (simulation, tuning, seed) -> {
            simulation.engine().addSystem(new EntitySystem() {
                @Override
                public void update(float deltaTime) {
                    if (simulation.tick() == 100) {
                        throw new IllegalStateException("sabotage");
                    }
                }
            });
            return InputSource.NONE;
        });
        SoakResult result = soak.run(level("galleria"), 250, 7L, Certificate.START);
        assertThat(result.failureCount).isEqualTo(2);
        assertThat(result.failures.get(0).toString()).startsWith("galleria from start, seed 7, tick 100:"
                + " threw java.lang.IllegalStateException: sabotage at com.judgmentday.soak.SoakTest$1.update(SoakTest.java:");
        assertThat(result.failures.get(1).seed()).isEqualTo(8L);
        assertThat(result.failures.get(1).start()).isEqualTo("arcade");
        assertThat(result.ticks).isEqualTo(250);
        assertThat(result.clean()).isFalse();
        assertThat(result.summary()).startsWith("galleria: FAILED, 250 ticks");
    }

    @Test
    void aBrokenInvariantEndsTheRunAndIsReported() {
        Soak soak = new Soak(TestContent.tuning(), null, false, (simulation, tuning, seed) -> (tick, out) -> {
            if (tick == 30) {
                Mappers.TRANSFORM.get(simulation.controlled()).angle = Float.NaN;
            }
        });
        SoakResult result = soak.run(level("proving-ground"), 100, 1L, Certificate.START);
        assertThat(result.failures.get(0).tick()).isEqualTo(31);
        assertThat(result.failures.get(0).what()).contains("transform not finite");
        // Each run breaks at its tick 31: three runs, and the fourth is cut short by the span.
        assertThat(result.failureCount).isEqualTo(3);
        assertThat(result.restarts).isEqualTo(3);
    }

    @Test
    void anUnknownStartPointIsRefusedNamingTheLevelsOwn() {
        Soak soak = new Soak(TestContent.tuning(), null, false);
        assertThatThrownBy(() -> soak.run(level("galleria"), 10, 1L, "roof"))
                .hasMessage("galleria has no start point 'roof' (it has: start, arcade, corridor, food court, the ladder, the loading bay)");
    }
}
