package com.judgmentday.settings;

import com.badlogic.gdx.physics.box2d.Body;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.AreaDef;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelSummary;
import com.judgmentday.menu.MenuFlow;
import com.judgmentday.menu.Page;
import com.judgmentday.session.CheckpointTracker;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.RecordingHost;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress: completing a level unlocks the next one (only), and checkpoints reached are kept per level. */
class ProgressTest {
    private static final Array<String> ORDER = Array.with("proving-ground", "galleria-service-corridor", "ai-maze");
    private final Progress progress = new Progress();

    @Test
    void completingALevelUnlocksTheNextOnly() {
        assertThat(progress.unlocked(ORDER, "proving-ground")).isTrue();
        assertThat(progress.unlocked(ORDER, "galleria-service-corridor")).isFalse();

        assertThat(progress.complete("proving-ground")).isTrue();

        assertThat(progress.unlocked(ORDER, "galleria-service-corridor")).isTrue();
        assertThat(progress.unlocked(ORDER, "ai-maze")).isFalse();
        assertThat(progress.next(ORDER)).isEqualTo("galleria-service-corridor");
        assertThat(progress.complete("proving-ground")).as("once").isFalse();
    }

    @Test
    void checkpointsAreRecordedOncePerLevelInTheOrderReached() {
        assertThat(progress.reach("galleria-service-corridor", "dock")).isTrue();
        assertThat(progress.reach("galleria-service-corridor", "dock")).isFalse();
        progress.reach("galleria-service-corridor", "bend");

        assertThat(progress.reached("galleria-service-corridor")).containsExactly("dock", "bend");
        assertThat(progress.reached("proving-ground")).isEmpty();
    }

    @Test
    void theLevelSelectPageShowsTheUnlockedLevelAndItsCheckpoints() {
        MenuFlow flow = new MenuFlow(new RecordingHost(), new Settings(), progress, LevelSummary.shipped(), new Array<>());
        progress.complete("proving-ground");
        progress.reach("galleria-service-corridor", "dock");
        flow.start(Page.LEVELS);

        assertThat(flow.menu().items().get(1).enabled()).isTrue();
        assertThat(flow.menu().items().get(1).value()).contains("checkpoints 1/1");
        assertThat(flow.menu().items().get(1).hint()).isEqualTo("Checkpoints reached: dock; Left/Right picks where to start");
        assertThat(flow.menu().items().get(2).value()).isEqualTo("locked");
    }

    @Test
    void walkingOntoACheckpointRecordsItInProgress() {
        LevelDef level = LevelCatalog.load("galleria-service-corridor", TestContent.tuning());
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        RecordingHost host = new RecordingHost();
        MenuFlow flow = new MenuFlow(host, new Settings(), progress, LevelSummary.shipped(), new Array<>());
        flow.playing("galleria-service-corridor", null, true);
        try {
            CheckpointTracker tracker = new CheckpointTracker(null);
            simulation.step(new ActionSet());
            assertThat(tracker.update(simulation)).as("not at the dock yet").isNull();

            AreaDef dock = level.checkpoint("dock");
            Body body = Mappers.BODY.get(simulation.controlled()).body;
            body.setTransform(dock.x, dock.y + 1f, 0f);
            simulation.step(new ActionSet());
            String reached = tracker.update(simulation);
            assertThat(reached).isEqualTo("dock");
            flow.checkpointReached(reached);
            assertThat(tracker.update(simulation)).as("once").isNull();
        } finally {
            simulation.dispose();
        }
        assertThat(progress.reached("galleria-service-corridor")).containsExactly("dock");
        assertThat(host.calls).containsExactly("progress");
        assertThat(flow.restartCheckpoint()).isEqualTo("dock");
    }

    @Test
    void aReplayAndItsRetriesAreNotProgressButTheNextLevelIs() {
        RecordingHost host = new RecordingHost();
        MenuFlow flow = new MenuFlow(host, new Settings(), progress, LevelSummary.shipped(), new Array<>());
        flow.playing("galleria-service-corridor", null, false);
        flow.levelEnded(com.judgmentday.sim.Outcome.LOSE, "John caught by the T-1000");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        flow.handle(com.judgmentday.menu.MenuCommand.CONFIRM);
        assertThat(host.calls).containsExactly("play galleria-service-corridor -");

        flow.checkpointReached("dock");
        flow.levelEnded(com.judgmentday.sim.Outcome.WIN, "the exit reached");
        assertThat(progress.reached("galleria-service-corridor")).isEmpty();
        assertThat(progress.completed("galleria-service-corridor")).isFalse();

        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        flow.handle(com.judgmentday.menu.MenuCommand.CONFIRM);
        assertThat(host.calls).endsWith("play ai-maze -");
        flow.levelEnded(com.judgmentday.sim.Outcome.WIN, "the exit reached");
        assertThat(progress.completed("ai-maze")).isTrue();
    }
}
