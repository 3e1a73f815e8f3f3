package com.judgmentday.screens;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FixedStepTest {
    private static final float STEP = 1f / 60f;

    @Test
    void aSixtyHertzFrameStepsOnce() {
        FixedStep clock = new FixedStep(STEP, 0.25f);
        int ticks = 0;
        for (int frame = 0; frame < 600; frame++) {
            ticks += clock.advance(STEP);
        }
        assertThat(ticks).isEqualTo(600);
    }

    @Test
    void slowFramesCatchUpAndFastFramesWait() {
        FixedStep clock = new FixedStep(STEP, 0.25f);
        assertThat(clock.advance(2.5f * STEP)).isEqualTo(2);
        assertThat(clock.alpha()).isCloseTo(0.5f, within(1e-3f));
        assertThat(clock.advance(0.25f * STEP)).isZero();
        assertThat(clock.advance(0.25f * STEP)).isEqualTo(1);
        assertThat(clock.alpha()).isCloseTo(0f, within(1e-3f));
    }

    @Test
    void aLongStallIsClampedRatherThanReplayedInOneFrame() {
        FixedStep clock = new FixedStep(STEP, 0.25f);
        assertThat(clock.advance(3f)).isEqualTo(15);
        assertThat(clock.advance(-1f)).isZero();
    }
}
