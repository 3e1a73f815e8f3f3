package com.judgmentday.bot;

import com.judgmentday.input.InputSource;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A player who picks up the pad late: the bot touches nothing for the first seconds while the T-1000 comes on, then
 * plays. Hazard-lab, where the old hand-timed script had to shoot the tank in the first second, is still won.
 */
class BotDelayedStartTest {
    private static final long TWO_MINUTES = 120L * Simulation.TICKS_PER_SECOND;

    @ParameterizedTest(name = "hazard-lab after {0} s")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void winsHazardLabAfterStandingIdle(int seconds) {
        Simulation simulation = Scenario.level("hazard-lab").seed(1L).simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "average", 1L);
            long idleTicks = (long) seconds * Simulation.TICKS_PER_SECOND;
            InputSource late = (tick, out) -> {
                if (tick >= idleTicks) {
                    bot.poll(tick, out);
                }
            };
            RunReport report = Playtest.run(simulation, late, TWO_MINUTES);
            assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        } finally {
            simulation.dispose();
        }
    }
}
