package com.judgmentday.menu;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.controls.PadMenuInput;
import com.judgmentday.level.LevelSummary;
import com.judgmentday.settings.Progress;
import com.judgmentday.settings.Settings;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.FakePad;
import com.judgmentday.support.RecordingHost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The menus driven by gamepad events alone (no keyboard, no mouse), through the real pad adapter. */
class GamepadMenuFlowTest {
    private static final int A = FakePad.MAPPING.buttonA;
    private static final int B = FakePad.MAPPING.buttonB;
    private static final int START = FakePad.MAPPING.buttonStart;
    private static final int DOWN = FakePad.MAPPING.buttonDpadDown;
    private static final int RIGHT = FakePad.MAPPING.buttonDpadRight;

    private final RecordingHost host = new RecordingHost();
    private final Progress progress = new Progress();
    private final FakePad pad = new FakePad();
    private final List<String> log = new ArrayList<>();
    private MenuFlow flow;
    private PadMenuInput input;

    @BeforeEach
    void setUp() {
        flow = new MenuFlow(host, new Settings(), progress, LevelSummary.shipped(), new Array<>());
        input = new PadMenuInput(flow, log::add);
        flow.start(Page.TITLE);
    }

    private void press(int... buttons) {
        for (int button : buttons) {
            input.buttonDown(pad, button);
            input.buttonUp(pad, button);
        }
    }

    /** The left stick pushed down and let go. */
    private void stickDown() {
        input.axisMoved(pad, FakePad.MAPPING.axisLeftY, 1f);
        input.axisMoved(pad, FakePad.MAPPING.axisLeftY, 0f);
    }

    @Test
    void fromTheTitleIntoTheFirstLevelAndBackToTheMenu() {
        press(A);
        assertThat(flow.page()).isEqualTo(Page.MAIN);
        assertThat(flow.menu().focused().label).isEqualTo("Play");

        press(A);
        assertThat(host.calls).containsExactly("play proving-ground -");
        assertThat(flow.page()).isEqualTo(Page.PLAYING);
        assertThat(flow.level()).isEqualTo("proving-ground");

        press(START);
        assertThat(flow.page()).isEqualTo(Page.PAUSE);
        press(DOWN, DOWN, DOWN);
        assertThat(flow.menu().focused().label).isEqualTo("Quit to menu");
        press(A);

        assertThat(flow.page()).isEqualTo(Page.MAIN);
        assertThat(flow.level()).isNull();
        assertThat(host.calls).containsExactly("play proving-ground -", "leave");
        assertThat(flow.visited()).containsExactly(Page.TITLE, Page.MAIN, Page.PLAYING, Page.PAUSE, Page.MAIN);
    }

    @Test
    void levelSelectStartsAnUnlockedLevelFromAReachedCheckpointAndRetriesThereAfterAGameOver() {
        progress.complete("proving-ground");
        progress.reach("galleria", "arcade");
        press(A);
        stickDown();
        press(A);
        assertThat(flow.page()).isEqualTo(Page.LEVELS);
        stickDown();
        assertThat(flow.menu().focused().label).endsWith("The Galleria");
        press(RIGHT);
        assertThat(flow.menu().focused().value()).contains("from arcade");
        press(A);
        assertThat(host.calls).containsExactly("play galleria arcade");

        flow.levelEnded(Outcome.LOSE, "John caught by the T-1000");
        assertThat(flow.page()).isEqualTo(Page.GAME_OVER);
        press(A);
        assertThat(flow.page()).as("the jump held as the level ended doesn't choose Retry").isEqualTo(Page.GAME_OVER);
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        press(A);
        assertThat(flow.page()).as("A is also jump: on the game-over page it doesn't choose").isEqualTo(Page.GAME_OVER);
        assertThat(flow.menu().focused().label).isEqualTo("Restart from checkpoint");
        press(START);
        assertThat(host.calls).endsWith("play galleria arcade");
        assertThat(flow.page()).isEqualTo(Page.PLAYING);

        press(START, B);
        assertThat(flow.page()).as("B on the pause menu resumes").isEqualTo(Page.PLAYING);
        press(START, DOWN, DOWN, DOWN, DOWN, A);
        assertThat(flow.page()).isEqualTo(Page.MAIN);
        assertThat(flow.visited()).containsExactly(Page.TITLE, Page.MAIN, Page.LEVELS, Page.PLAYING, Page.GAME_OVER,
                Page.PLAYING, Page.PAUSE, Page.PLAYING, Page.PAUSE, Page.MAIN);
    }

    @Test
    void lockedLevelsCantBeFocusedOrStarted() {
        press(A);
        stickDown();
        press(A);
        stickDown();
        assertThat(flow.menu().focused().label).as("levels 2-4 are locked: the focus skips them").isEqualTo("Back");
        press(A);
        assertThat(flow.page()).isEqualTo(Page.MAIN);
        assertThat(host.calls).isEmpty();
    }

    @Test
    void aPadUnpluggedMidLevelPausesIt() {
        press(A, A);
        assertThat(flow.page()).isEqualTo(Page.PLAYING);
        input.disconnected(pad);
        assertThat(flow.page()).isEqualTo(Page.PAUSE);
        assertThat(log).containsExactly("gamepad disconnected: fake pad");
    }

    @Test
    void duringPlayOnlyStartIsTheMenus() {
        press(A, A);
        assertThat(input.buttonDown(pad, A)).as("A is the level's jump").isFalse();
        assertThat(flow.page()).isEqualTo(Page.PLAYING);
        assertThat(input.buttonDown(pad, START)).isTrue();
        assertThat(flow.page()).isEqualTo(Page.PAUSE);
    }

    @Test
    void winningRecordsTheLevelAndNextLevelPlaysTheOneAfter() {
        press(A, A);
        flow.levelEnded(Outcome.WIN, "the exit reached");
        assertThat(flow.page()).isEqualTo(Page.LEVEL_COMPLETE);
        assertThat(progress.completed("proving-ground")).isTrue();
        assertThat(host.calls).containsExactly("play proving-ground -", "progress");
        flow.tick(MenuFlow.END_PAGE_GUARD_SECONDS);
        press(A);
        assertThat(flow.page()).as("A is also jump").isEqualTo(Page.LEVEL_COMPLETE);
        press(START);
        assertThat(host.calls).endsWith("play galleria -");
    }
}
