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
    private static final Array<String> ORDER = Array.with("proving-ground", "galleria", "ai-maze");
    private final Progress progress = new Progress();

    @Test
    void completingALevelUnlocksTheNextOnly() {
        assertThat(progress.unlocked(ORDER, "proving-ground")).isTrue();
        assertThat(progress.unlocked(ORDER, "galleria")).isFalse();

        assertThat(progress.complete("proving-ground")).isTrue();

        assertThat(progress.unlocked(ORDER, "galleria")).isTrue();
        assertThat(progress.unlocked(ORDER, "ai-maze")).isFalse();
        assertThat(progress.next(ORDER)).isEqualTo("galleria");
        assertThat(progress.complete("proving-ground")).as("once").isFalse();
    }

    @Test
    void aLevelWhoseCheckpointWasReachedIsUnlockedAndPlayContinuesThere() {
        // A player who started the mill from the command line and got to its first checkpoint.
        progress.reach("ai-maze", "lift");

        assertThat(progress.unlocked(ORDER, "ai-maze")).isTrue();
        assertThat(progress.unlocked(ORDER, "galleria")).isFalse();
        assertThat(progress.next(ORDER)).isEqualTo("ai-maze");

        progress.complete("ai-maze");
        assertThat(progress.next(ORDER)).as("the proving ground is the only one left open").isEqualTo("proving-ground");
    }

    @Test
    void checkpointsAreRecordedOncePerLevelInTheOrderReached() {
        assertThat(progress.reach("galleria", "arcade")).isTrue();
        assertThat(progress.reach("galleria", "arcade")).isFalse();
        progress.reach("galleria", "bend");

        assertThat(progress.reached("galleria")).containsExactly("arcade", "bend");
        assertThat(progress.reached("proving-ground")).isEmpty();
    }

    @Test
    void theLevelSelectPageShowsTheUnlockedLevelAndItsCheckpoints() {
        MenuFlow flow = new MenuFlow(new RecordingHost(), new Settings(), progress, LevelSummary.shipped(), new Array<>());
        progress.complete("proving-ground");
        progress.reach("galleria", "arcade");
        flow.start(Page.LEVELS);

        assertThat(flow.menu().items().get(1).enabled()).isTrue();
        assertThat(flow.menu().items().get(1).value()).contains("checkpoints 1/5");
        assertThat(flow.menu().items().get(1).hint()).isEqualTo("Checkpoints reached: arcade; Left/Right picks where to start");
        assertThat(flow.menu().items().get(2).value()).isEqualTo("locked");
    }

    @Test
    void walkingOntoACheckpointRecordsItInProgress() {
        LevelDef level = LevelCatalog.load("galleria", TestContent.tuning());
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        RecordingHost host = new RecordingHost();
        MenuFlow flow = new MenuFlow(host, new Settings(), progress, LevelSummary.shipped(), new Array<>());
        flow.playing("galleria", null, true);
        try {
            CheckpointTracker tracker = new CheckpointTracker(null);
            simulation.step(new ActionSet());
            assertThat(tracker.update(simulation)).as("not at the arcade yet").isNull();

            AreaDef arcade = level.checkpoint("arcade");
            Body body = Mappers.BODY.get(simulation.controlled()).body;
            body.setTransform(arcade.x, arcade.y + 1f, 0f);
            simulation.step(new ActionSet());
            String reached = tracker.update(simulation);
            assertThat(reached).isEqualTo("arcade");
            flow.checkpointReached(reached);
            assertThat(tracker.update(simulation)).as("once").isNull();
        } finally {
            simulation.dispose();
        }
        assertThat(progress.reached("galleria")).containsExactly("arcade");
        assertThat(host.calls).containsExactly("progress");
        assertThat(flow.restartCheckpoint()).isEqualTo("arcade");
    }

    @Test
    void aReplayAndItsRetriesAreNotProgressButTheNextLevelIs() {
        RecordingHost host = new RecordingHost();
        MenuFlow flow = new MenuFlow(host, new Settings(), progress, LevelSummary.shipped(), new Array<>());
        flow.playing("galleria", null, false);
        flow.levelEnded(com.judgmentday.sim.Outcome.LOSE, "John caught by the T-1000");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        flow.handle(com.judgmentday.menu.MenuCommand.CONFIRM);
        assertThat(host.calls).containsExactly("play galleria -");

        flow.checkpointReached("arcade");
        flow.levelEnded(com.judgmentday.sim.Outcome.WIN, "the exit reached");
        assertThat(progress.reached("galleria")).isEmpty();
        assertThat(progress.completed("galleria")).isFalse();

        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        flow.handle(com.judgmentday.menu.MenuCommand.CONFIRM);
        assertThat(host.calls).endsWith("play ai-maze -");
        flow.levelEnded(com.judgmentday.sim.Outcome.WIN, "the exit reached");
        assertThat(progress.completed("ai-maze")).isTrue();
    }
}
