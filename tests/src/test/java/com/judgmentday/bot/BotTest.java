package com.judgmentday.bot;

import com.judgmentday.input.ActionSet;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot plays real levels through the keys alone: it wins, the same way every time, and its skill shows. */
class BotTest {
    /** The Galleria from its start takes the bot over two minutes since 2026-12-06 evening. */
    private static final long THREE_MINUTES = 180L * Simulation.TICKS_PER_SECOND;

    static RunReport play(String level, String skill, long seed) {
        Simulation simulation = Scenario.level(level).seed(seed).simulation();
        try {
            return Playtest.run(simulation, Bot.create(simulation, TestContent.tuning(), skill, seed), THREE_MINUTES);
        } finally {
            simulation.dispose();
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"proving-ground, perfect", "proving-ground, average", "galleria, perfect",
        "galleria, average", "ai-maze, perfect", "ai-maze, average", "hazard-lab, perfect",
        "hazard-lab, average", "steel-mill, perfect", "steel-mill, average", "steel-mill-2, perfect", "steel-mill-2, average",
        "steel-mill-3, perfect", "steel-mill-3, average", "steel-mill-fight, perfect", "steel-mill-fight, average",
        "steel-mill-run, perfect", "steel-mill-run, average"})
    void winsTheLevelFromTheStart(String level, String skill) {
        RunReport report = play(level, skill, 1L);
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
    }

    @Test
    void theSameSeedPlaysTheSameGame() {
        assertThat(play("galleria", "average", 3L).stateHash)
                .isEqualTo(play("galleria", "average", 3L).stateHash);
    }

    @Test
    void aSkillWithAReactionDelayPressesLaterThanPerfect() {
        assertThat(firstPress("careful")).isGreaterThanOrEqualTo(firstPress("perfect")
                + BotLoader.load().skill("careful").reactionTicks);
    }

    private static long firstPress(String skill) {
        // Restarted at the arcade, the T-800 plays from the first tick (from the start the level opens on John, watched).
        Simulation simulation = new Simulation(com.judgmentday.level.LevelCatalog.load("galleria", TestContent.tuning()),
                TestContent.tuning(), 1L, "arcade");
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), skill, 1L);
            ActionSet keys = new ActionSet();
            for (int i = 0; i < 120 && bot.firstPress() < 0; i++) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                simulation.step(keys);
            }
            return bot.firstPress();
        } finally {
            simulation.dispose();
        }
    }
}
