package com.judgmentday.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HUD, the subtitles and the debug views' text each keep to a band of the virtual screen of their own. */
class HudLayoutTest {
    @Test
    void theDebugTextStartsBelowTheLastStatusRowAndEndsAboveTheSubtitles() {
        int lastRowBottom = HudLayout.rowTop(HudLayout.STATUS_ROWS - 1) - HudLayout.ROW;
        assertThat(HudLayout.statusBottom()).isEqualTo(lastRowBottom);
        assertThat(HudLayout.debugTop()).isLessThan(HudLayout.statusBottom());
        int debugBottom = HudLayout.debugTop() - HudLayout.debugLines() * HudLayout.LINE;
        assertThat(debugBottom).isGreaterThan(HudLayout.subtitlesTop());
    }

    @Test
    void subtitlesSitAboveTheControlsLineWhichStaysOnScreen() {
        assertThat(HudLayout.subtitlesBottom()).isGreaterThan(HudLayout.helpTop());
        assertThat(HudLayout.subtitlesTop() - HudLayout.subtitlesBottom())
                .isEqualTo(HudLayout.SUBTITLE_LINES * HudLayout.LINE);
        assertThat(HudLayout.helpTop() - HudLayout.LINE).isGreaterThanOrEqualTo(0);
        assertThat(HudLayout.rowTop(0)).isLessThanOrEqualTo(PixelScreen.HEIGHT - HudLayout.MARGIN);
    }

    @Test
    void allFourDebugViewsAtOnceHaveRoomForAScreenOfLines() {
        assertThat(HudLayout.debugLines()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void textThatFitsIsLeftAlone() {
        StringBuilder text = new StringBuilder("one\ntwo\nthree\n");
        assertThat(HudLayout.fit(text, 3)).isZero();
        assertThat(text).hasToString("one\ntwo\nthree\n");
    }

    @Test
    void longerTextIsCutAndItsLastLineSaysHowManyWereLeftOut() {
        StringBuilder text = new StringBuilder("1\n2\n3\n4\n5\n6");
        assertThat(HudLayout.fit(text, 4)).isEqualTo(3);
        assertThat(text).hasToString("1\n2\n3\n... 3 more lines\n");
        assertThat(text.toString().split("\n")).hasSize(4);
    }

    @Test
    void roomForOneLineHoldsOnlyTheCountAndForNoneNothing() {
        StringBuilder one = new StringBuilder("a\nb\n");
        assertThat(HudLayout.fit(one, 1)).isEqualTo(2);
        assertThat(one).hasToString("... 2 more lines\n");
        StringBuilder none = new StringBuilder("a\nb\n");
        assertThat(HudLayout.fit(none, 0)).isEqualTo(2);
        assertThat(none).isEmpty();
    }
}
