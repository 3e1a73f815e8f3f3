package com.judgmentday.screens;

import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The level-complete page's time counts every attempt at the level (a playtester who died four times read the fifth
 * attempt's 0:40 as the level's length), and says how many there were.
 */
class LevelRunTest {
    @Test
    void theTimeCountsEveryAttempt() {
        Simulation simulation = Scenario.level("proving-ground").simulation();
        try {
            ActionSet none = new ActionSet();
            for (int i = 0; i < 10 * Simulation.TICKS_PER_SECOND; i++) {
                simulation.step(none);
            }
            assertThat(LevelRun.tally(simulation, 0L, 0)).isEqualTo("Time 0:10   No casualties");
            // Three earlier attempts of 50 s in all: 1:00 over four.
            assertThat(LevelRun.tally(simulation, 50L * Simulation.TICKS_PER_SECOND, 3))
                    .isEqualTo("Time 1:00 (4 attempts)   No casualties");
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void aLossIsSeenForAMomentBeforeItsPageAndAWinIsNot() {
        assertThat(LevelRun.reportsNow(com.judgmentday.sim.Outcome.WIN, 0f)).isTrue();
        assertThat(LevelRun.reportsNow(com.judgmentday.sim.Outcome.LOSE, 0f)).isFalse();
        assertThat(LevelRun.reportsNow(com.judgmentday.sim.Outcome.LOSE, LevelRun.LOSS_LOOK_SECONDS - 0.1f)).isFalse();
        assertThat(LevelRun.reportsNow(com.judgmentday.sim.Outcome.LOSE, LevelRun.LOSS_LOOK_SECONDS)).isTrue();
    }
}
