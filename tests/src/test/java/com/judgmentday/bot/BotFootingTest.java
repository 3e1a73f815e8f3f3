package com.judgmentday.bot;

import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the bot fights from: never from a chain or in the air; and back between John and a foe upon him. */
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

    @Test
    void turnsBackToStandBetweenJohnAndTheFoeUponHimThoughItsGoalIsAhead() {
        // The mill on hard: the T-1000 comes up behind John on the catwalk over the vat, as the bot leads him on.
        assertThat(hardMill(BotLoader.load()).reason).isNotEqualTo("John caught by the T-1000");
        BotDef walksOn = BotLoader.load();
        walksOn.shieldNear = 0f;
        assertThat(hardMill(walksOn).reason).as("a bot that walks on to its goal").isEqualTo("John caught by the T-1000");
    }

    private static RunReport hardMill(BotDef def) {
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill", TestContent.tuning()), TestContent.tuning(),
                1L, null, "hard");
        try {
            Bot bot = new Bot(simulation, TestContent.tuning(), def, def.skill("average"), 1L);
            return Playtest.run(simulation, bot, 60L * 30);
        } finally {
            simulation.dispose();
        }
    }
}
