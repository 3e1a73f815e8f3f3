package com.judgmentday.bot;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.input.ActionSet;
import com.judgmentday.report.Playtest;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot decides every tick inside the game's hot loop: it makes no garbage there once its graph is built and warm. */
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
            while (simulation.tick() < 1800 && simulation.outcome() == Outcome.RUNNING) {
                keys.clear();
                long before = threads.getCurrentThreadAllocatedBytes();
                bot.poll(simulation.tick(), keys);
                long after = threads.getCurrentThreadAllocatedBytes();
                if (simulation.tick() >= Playtest.WARMUP_TICKS) {
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

    @Test
    void beingHandedAnotherCharacterBuildsNothingInThatTick() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Simulation simulation = Scenario.level("steel-mill").simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "average", 1L);
            Entity first = simulation.controlled();
            ActionSet keys = new ActionSet();
            long handedAt = -1;
            long most = 0;
            while (simulation.tick() < 4800 && simulation.outcome() == Outcome.RUNNING) {
                keys.clear();
                long before = threads.getCurrentThreadAllocatedBytes();
                bot.poll(simulation.tick(), keys);
                long bytes = threads.getCurrentThreadAllocatedBytes() - before;
                if (handedAt < 0 && simulation.controlled() != first) {
                    handedAt = simulation.tick();
                }
                if (handedAt >= 0) {
                    most = Math.max(most, bytes);
                }
                simulation.step(keys);
            }
            assertThat(handedAt).as("the mill hands the player Sarah").isPositive();
            // Her graph and A*'s records were made as the bot started: what is left is a route's few arrays.
            assertThat(most).as("most bytes a tick from the hand-over on").isLessThan(4_000);
        } finally {
            simulation.dispose();
        }
    }
}
