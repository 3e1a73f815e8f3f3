package com.judgmentday.scenario;

import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static com.judgmentday.support.RunEvents.first;
import static org.assertj.core.api.Assertions.assertThat;

/** The Galleria's later beats: a caption that waits for the T-800 to be played again, and the restart past the shutter. */
class GalleriaStagingTest {
    @Test
    void theStoresCaptionWaitsUntilTheT800IsPlayedAgain() {
        // G23, playing John up the ramp: "a caption described the T-800's fight (Through the wall into a fashion
        // store... keep it busy among the mannequins); it read like an instruction for me". The wall had given in the
        // volley, and the caption waited only for the beat that handed John the keys. Here the wall gives as John is
        // handed the keys (the bot never breaks it: it holds at John).
        Scenario scenario = Scenario.level("galleria").script("galleria.txt");
        Simulation simulation = scenario.simulation();
        try {
            com.judgmentday.input.InputSource input = scenario.input();
            ActionSet actions = new ActionSet();
            String played = "t800";
            long broke = -1;
            long told = -1;
            for (int i = 0; i < 60 * 150 && told < 0; i++) {
                actions.clear();
                input.poll(simulation.tick(), actions);
                int seen = simulation.events().events().size;
                simulation.step(actions);
                for (int e = seen; e < simulation.events().events().size; e++) {
                    GameEvent event = simulation.events().events().get(e);
                    if (event.type == EventType.CONTROL_SWITCHED) {
                        played = event.subject;
                    } else if (event.type == EventType.BEAT_STARTED && "into the store".equals(event.detail())) {
                        told = simulation.tick();
                        assertThat(played).as("played as the store's caption shows").isEqualTo("t800");
                    }
                }
                if (broke < 0 && "john".equals(played)) {
                    simulation.events().event(EventType.BREAKABLE_BROKEN).what("the corridor wall").emit();
                    broke = simulation.tick();
                }
            }
            assertThat(broke).as("John was played").isPositive();
            assertThat(told).as("the store's caption once the T-800 is played again").isGreaterThan(broke);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void restartedAtTheLoadingBayTheShutterIsUpAndTheCopComesForJohnAtHisBike() {
        // G26 died at the bike and restarted at the ladder: "I had to redo the whole shutter stand" (45 s). The
        // checkpoint past it restarts with the shutter open (its `opened`), John making for his bike, the cop coming.
        Simulation simulation = new Simulation(LevelCatalog.load("galleria", TestContent.tuning()), TestContent.tuning(),
                1L, "the loading bay");
        RunReport report;
        try {
            report = com.judgmentday.report.Playtest.run(simulation,
                    com.judgmentday.bot.Bot.create(simulation, TestContent.tuning(), "average", 1L), 60L * 60);
        } finally {
            simulation.dispose();
        }
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        assertThat(first(report, EventType.DOOR_OPENED, null).tick).as("open as the run starts").isZero();
        assertThat(first(report, EventType.T1000_KNOCKED_BACK, null)).as("the cop came, and was blasted back").isNotNull();
        assertThat(report.casualties).isEmpty();
    }
}
