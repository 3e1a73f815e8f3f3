package com.judgmentday.stage;

import com.judgmentday.events.EventType;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A trigger's {@code from}: a checkpoint's own opening beat; and a checkpoint a beat sets, which walking does not reach. */
class TriggerFromTest {
    private static final String MAP = "src/test/resources/levels/stage/trigger-from.tmx";

    @Test
    void fromTheStartOnlyTheStartsOpeningPlaysAndWalkingPastTheGateDoesNotReachIt() {
        try (StageRun run = new StageRun("trigger-from").step(120, StageRun.RIGHT)) {
            assertThat(run.all(EventType.BEAT_STARTED)).extracting(e -> e.what).containsExactly("the opening", "either way");
            assertThat(run.simulation.events().first(EventType.CHECKPOINT_REACHED)).as("walked past, not reached").isNull();
            run.idle(70);
            assertThat(run.all(EventType.CHECKPOINT_REACHED)).extracting(e -> e.what).containsExactly("the gate");
            assertThat(run.tickOf(EventType.CHECKPOINT_REACHED)).as("when the beat says").isEqualTo(180);
        }
    }

    @Test
    void fromTheGateOnlyTheGatesOpeningPlays() {
        Simulation simulation = new Simulation(LevelCatalog.load(MAP, TestContent.tuning()), TestContent.tuning(), 1L,
                "the gate");
        try (StageRun run = new StageRun(simulation).idle(10)) {
            assertThat(run.all(EventType.BEAT_STARTED)).extracting(e -> e.what).containsExactly("back at the gate", "either way");
            assertThat(run.all(EventType.MUSIC_CUE)).extracting(e -> e.what).containsExactly("finale");
        }
    }
}
