package com.judgmentday.menu;

import com.judgmentday.render.PixelScreen;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.controls.KeyMenuInput;
import com.judgmentday.controls.MouseMenuInput;
import com.judgmentday.level.LevelSummary;
import com.judgmentday.settings.Progress;
import com.judgmentday.settings.Settings;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.RecordingHost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages that appear mid-play (game over, level complete): what they say and offer, and what chooses there. */
class EndPagesTest {
    /** A window the size of the virtual screen, so pointer and menu pixels are the same (but y runs down). */
    private static final int WIDTH = PixelScreen.WIDTH;
    private static final int HEIGHT = PixelScreen.HEIGHT;
    private final RecordingHost host = new RecordingHost();
    private final MenuLayout layout = new MenuLayout();
    private final Settings settings = new Settings();
    private MenuFlow flow;
    private KeyMenuInput keys;
    private MouseMenuInput mouse;

    @BeforeEach
    void setUp() {
        flow = new MenuFlow(host, settings, new Progress(), LevelSummary.shipped(), new Array<>());
        keys = new KeyMenuInput(flow);
        mouse = new MouseMenuInput(flow, layout, point -> PixelScreen.toVirtual(point, WIDTH, HEIGHT, WIDTH, HEIGHT));
        flow.playing("galleria", null, true);
    }

    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : flow.menu().items()) {
            labels.add(item.value() == null ? item.label : item.label + " " + item.value());
        }
        return labels;
    }

    @Test
    void theLevelCompletePageCountsTheCheckpointsOfThePlayersOwnRunOnly() {
        flow.checkpointReached("arcade");
        flow.levelEnded(Outcome.WIN, "");
        assertThat(flow.menu().lines()).contains("Checkpoints reached: 1 of 5");
        // The bot's run reached all four and the page read "0 of 4": it keeps none, so it says none.
        flow.playing("galleria", null, false);
        flow.checkpointReached("corridor");
        flow.levelEnded(Outcome.WIN, "");
        assertThat(flow.menu().lines()).noneMatch(line -> line.startsWith("Checkpoints reached"));
    }

    @Test
    void aReplayOrTheBotRestartsWhereItBeganSoItsGameOverOffersNoCheckpoint() {
        flow.playing("galleria", null, false);
        flow.checkpointReached("arcade");
        flow.levelEnded(Outcome.LOSE, "John caught by the T-1000");
        assertThat(labels()).as("a playtester saw 'Restart from checkpoint' put him back at the start")
                .containsExactly("Restart level", "Level select", "Main menu");
        assertThat(host.calls).as("nor is a replay's checkpoint the player's progress").doesNotContain("progress");
    }

    @Test
    void gameOverSaysWhyAndOffersTheLastCheckpointFirst() {
        flow.checkpointReached("arcade");
        flow.levelEnded(Outcome.LOSE, "John caught by the T-1000");

        assertThat(flow.page()).isEqualTo(Page.GAME_OVER);
        assertThat(flow.menu().lines()).containsExactly("John caught by the T-1000", "Tip: The Galleria. As John, run from the cop;"
                + " as the T-800, shield him in the service", "corridor and get him to the bikes. Don't shoot the crowd.");
        assertThat(labels()).containsExactly("Restart from checkpoint arcade", "Restart level", "Level select", "Main menu");
        assertThat(flow.menu().focusIndex()).as("the checkpoint is the default").isZero();
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        keys.keyDown(Keys.ENTER);
        assertThat(host.calls).containsExactly("progress", "play galleria arcade");
    }

    @Test
    void aLossATipKnowsGetsThatTipNotTheBriefing() {
        Tips tips = Tips.parse("tips.txt", "# notes\ncaught by the T-1000 | Stand between them.\n(heat) | Keep out of its glow.\n");
        flow = new MenuFlow(host, settings, new Progress(), () -> LevelSummary.shipped(), new Array<>(), tips);
        flow.playing("galleria", null, true);
        flow.levelEnded(Outcome.LOSE, "John caught by the T-1000");
        assertThat(flow.menu().lines()).containsExactly("John caught by the T-1000", "Tip: Stand between them.");
        flow.playing("galleria", null, true);
        flow.levelEnded(Outcome.LOSE, "Sarah is down (heat)");
        assertThat(flow.menu().lines()).containsExactly("Sarah is down (heat)", "Tip: Keep out of its glow.");
        flow.playing("galleria", null, true);
        flow.levelEnded(Outcome.LOSE, "John fell from the level");
        assertThat(flow.menu().lines().get(1)).as("no tip for it: the briefing").startsWith("Tip: The Galleria.");
    }

    @Test
    void aTipsRowWithoutItsBarIsRefusedWithItsLineAndTheShippedTipsRead() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Tips.parse("tips.txt", "# a note\ncaught | ok\nfell off\n"))
                .hasMessageContaining("tips.txt:3:").hasMessageContaining("'fell off'");
        Array<String> refused = new Array<>();
        Tips kept = Tips.parse("tips.txt", "fell off\ncaught | Stand between them.\n", refused);
        assertThat(refused).as("the bad row told").singleElement().asString().startsWith("tips.txt:1:");
        assertThat(kept.forReason("John caught")).as("the good rows kept").isEqualTo("Stand between them.");
        Tips shipped = Tips.parse(Tips.FILE, java.nio.file.Files.readString(com.judgmentday.support.TestContent.assets().resolve(Tips.FILE)));
        assertThat(shipped.forReason("John caught by the T-1000")).startsWith("It goes for John.");
        assertThat(shipped.forReason("John caught by the T-1000 (played)")).as("John played, running: no shield to stand")
                .startsWith("Played, John is no fighter");
        assertThat(shipped.forReason("You shot Sarah.")).contains("feet");
        assertThat(shipped.forReason("the T-800 shut down a second time")).contains("reroute");
        assertThat(shipped.forReason("the T-800 shut down a second time (blade)")).contains("reroute");
        assertThat(shipped.forReason("the T-800 shut down a second time (crusher)")).as("a press, not the T-1000")
                .contains("Presses");
        // A tester walked into the soaking pit and was told to keep the T-1000 at a shotgun's length.
        assertThat(shipped.forReason("the T-800 shut down a second time (heat)")).as("molten steel, not the T-1000")
                .contains("Molten steel");
    }

    @Test
    void withoutACheckpointRestartLevelComesFirstAndLevelSelectLeavesTheLevel() {
        flow.levelEnded(Outcome.LOSE, "John down");
        assertThat(labels()).containsExactly("Restart level", "Level select", "Main menu");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        keys.keyDown(Keys.DOWN);
        keys.keyDown(Keys.ENTER);
        assertThat(flow.page()).isEqualTo(Page.LEVELS);
        assertThat(flow.level()).isNull();
        assertThat(host.calls).containsExactly("leave");
        keys.keyDown(Keys.ESCAPE);
        assertThat(flow.page()).isEqualTo(Page.MAIN);
    }

    @Test
    void restartLevelStartsFromTheBeginningEvenAfterACheckpoint() {
        flow.checkpointReached("arcade");
        flow.levelEnded(Outcome.LOSE, "John caught by the T-1000");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        keys.keyDown(Keys.DOWN);
        keys.keyDown(Keys.ENTER);
        assertThat(host.calls).endsWith("play galleria -");
    }

    @Test
    void spaceIsJumpSoItNeverChoosesOnAnEndPageButEnterDoes() {
        flow.levelEnded(Outcome.WIN, "the exit reached");
        keys.keyDown(Keys.ENTER);
        assertThat(flow.page()).as("within the guard nothing chooses").isEqualTo(Page.LEVEL_COMPLETE);
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        for (int i = 0; i < 5; i++) {
            keys.keyDown(Keys.SPACE);
        }
        assertThat(flow.page()).as("jumping on after the guard").isEqualTo(Page.LEVEL_COMPLETE);
        assertThat(flow.menu().help()).contains("Enter or Start: choose");

        keys.keyDown(Keys.ENTER);
        assertThat(flow.page()).isEqualTo(Page.PLAYING);
        assertThat(host.calls).endsWith("play ai-maze -");
    }

    @Test
    void theCompletePageSaysHowTheRunWentAndTheLastLevelOffersNoNext() {
        flow.levelEnded(Outcome.WIN, "the exit reached", "", "Time 0:23   No casualties");
        assertThat(flow.menu().lines()).contains("Time 0:23   No casualties");
        assertThat(labels()).first().asString().startsWith("Next level");

        flow.playing("steel-mill-3", null, true);
        flow.levelEnded(Outcome.WIN, "the closing line", "", "Time 1:02   1 casualty");
        assertThat(flow.menu().lines()).contains("Time 1:02   1 casualty", "That was the last level.");
        assertThat(labels()).as("the campaign is over: the credits roll").containsExactly("Credits", "Menu");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        keys.keyDown(Keys.ENTER);
        assertThat(flow.page()).isEqualTo(Page.CREDITS);
    }

    @Test
    void pausedWithNoCheckpointToGoBackToTheRestartIsTheLevels() {
        flow.togglePause();
        assertThat(labels()).containsExactly("Resume", "Restart level", "Settings", "Quit to menu");
        flow.back();
        flow.checkpointReached("arcade");
        flow.togglePause();
        assertThat(labels()).as("and the level's start too").containsExactly("Resume", "Restart from checkpoint arcade",
                "Restart level", "Settings", "Quit to menu");
    }

    @Test
    void theExitsNextLevelIsTheOneNextLevelPlays() {
        flow.levelEnded(Outcome.WIN, "the exit reached", "proving-ground");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        keys.keyDown(Keys.ENTER);
        assertThat(host.calls).as("the exit's next, not the menu's order (ai-maze)").endsWith("play proving-ground -");
    }

    @Test
    void spaceStillChoosesOnOtherPagesAndARebindMovesTheTrap() {
        flow.togglePause();
        keys.keyDown(Keys.SPACE);
        assertThat(flow.page()).as("Resume").isEqualTo(Page.PLAYING);

        settings.keys.bind(com.judgmentday.input.Action.JUMP, 0, Keys.H);
        flow.levelEnded(Outcome.LOSE, "John down");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        keys.keyDown(Keys.SPACE);
        assertThat(flow.page()).as("Space no longer jumps").isEqualTo(Page.PLAYING);
    }

    @Test
    void aFireClickCountsOnlyOnceThePointerWasMovedOntoAnItem() {
        flow.levelEnded(Outcome.LOSE, "John down");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        layout.place(flow.menu(), WIDTH, HEIGHT);
        int x = WIDTH / 2;
        int y = HEIGHT - Math.round(layout.rowBottom(0) + MenuLayout.ROW / 2f);

        mouse.touchDown(x, y, 0, Input.Buttons.LEFT);
        assertThat(flow.page()).as("the pointer was resting there while firing").isEqualTo(Page.GAME_OVER);
        mouse.mouseMoved(x, y);
        mouse.touchDown(x, y, 0, Input.Buttons.LEFT);
        assertThat(host.calls).containsExactly("play galleria -");
    }

    @Test
    void aClickDuringTheGuardDoesNothing() {
        flow.levelEnded(Outcome.LOSE, "John down");
        layout.place(flow.menu(), WIDTH, HEIGHT);
        int y = HEIGHT - Math.round(layout.rowBottom(0) + MenuLayout.ROW / 2f);
        mouse.mouseMoved(WIDTH / 2, y);
        mouse.touchDown(WIDTH / 2, y, 0, Input.Buttons.LEFT);
        assertThat(host.calls).isEmpty();
    }

    @Test
    void aSaveThatRebuildsTheLevelTakesTheEndPageAwayButNotThePause() {
        flow.levelEnded(Outcome.LOSE, "John down");
        flow.levelRebuilt();
        assertThat(flow.page()).isEqualTo(Page.PLAYING);
        flow.togglePause();
        flow.levelRebuilt();
        assertThat(flow.page()).isEqualTo(Page.PAUSE);
    }

    @Test
    void theReasonALevelWasLostStartsWithACapital() {
        flow.playing("galleria", null, true);
        flow.levelEnded(Outcome.LOSE, "the T-800 shut down a second time");
        assertThat(flow.menu().lines()).first().isEqualTo("The T-800 shut down a second time");
    }
}
