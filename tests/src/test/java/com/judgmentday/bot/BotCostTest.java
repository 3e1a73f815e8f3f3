package com.judgmentday.bot;

import com.judgmentday.input.ActionSet;
import com.judgmentday.report.Playtest;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot decides every tick inside the game's hot loop: it makes no garbage there once its graph is built (a broken
 * crate or an opened door changes the level, and the graph is built again then, as the game's own agents do).
 */
class BotCostTest {
    @ParameterizedTest
    @ValueSource(strings = {"proving-ground", "hazard-lab"})
    void decidingATickAllocatesNothing(String level) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Simulation simulation = Scenario.level(level).simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "average", 1L);
            ActionSet keys = new ActionSet();
            long allocated = 0;
            long measured = 0;
            int openings = 0;
            while (simulation.tick() < 1800 && simulation.outcome() == Outcome.RUNNING) {
                keys.clear();
                long before = threads.getCurrentThreadAllocatedBytes();
                bot.poll(simulation.tick(), keys);
                long after = threads.getCurrentThreadAllocatedBytes();
                // A crate shot apart changes the level: the bot builds its graph again then, as the game does.
                boolean rebuilt = simulation.openings().size != openings;
                openings = simulation.openings().size;
                if (simulation.tick() >= Playtest.WARMUP_TICKS && !rebuilt) {
                    allocated += after - before;
                    measured++;
                }
                simulation.step(keys);
            }
            assertThat(measured).isGreaterThan(300);
            // As the playtest measures it: after its warm-up, when A* has made its records for the places it searches.
            assertThat(allocated / measured).as("bytes a tick over %d ticks", measured).isZero();
        } finally {
            simulation.dispose();
        }
    }
}
