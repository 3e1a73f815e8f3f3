package com.judgmentday.bot;

import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the bot fights from: never from a chain or in the air. */
class BotFootingTest {
    private static final String LEVELS = "src/test/resources/levels/";

    @Test
    void climbsOnRatherThanStopOnAChainToShootAtTheFoeBelow() {
        // A shot from a chain goes level, over the T-1000 at its foot, which climbs up to the bot hanging there.
        Simulation simulation = Scenario.level(LEVELS + "chain-up.tmx").simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "perfect", 1L);
            ActionSet keys = new ActionSet();
            while (simulation.tick() < 60L * 30 && simulation.outcome() == Outcome.RUNNING) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                CharacterComponent body = Mappers.CHARACTER.get(simulation.controlled());
                assertThat(body.climbing && keys.has(Action.FIRE)).as("fires from the chain at tick %d", simulation.tick())
                        .isFalse();
                simulation.step(keys);
            }
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
            assertThat(simulation.tick()).as("up and out with the T-1000 behind").isLessThan(60L * 12);
        } finally {
            simulation.dispose();
        }
    }
}
