package com.judgmentday.scenario;

import com.judgmentday.bot.Bot;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.judgmentday.support.RunEvents.first;
import static org.assertj.core.api.Assertions.assertThat;

/** Headless scenario on the real steel-mill-2: the finale's beats 5 to 7 happen, in the film's order, as the bot plays. */
class SteelMill2Test {
    private static RunReport botPlays() {
        return botPlays(Scenario.level("steel-mill-2").simulation());
    }

    private static RunReport botPlays(Simulation simulation) {
        try {
            return Playtest.run(simulation, Bot.create(simulation, TestContent.tuning(), "average", 1L),
                    120L * Simulation.TICKS_PER_SECOND);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void reachedBeforeHerStandHasHeldItFightsSarahRatherThanPinningHer() {
        // A tester fired once, let it climb up, and was pinned: the stand "as long as your shells last" was over
        // with one shell spent. The pin waits for the stand's 10 s meter; before it, reaching her is a fight.
        RunReport report = Scenario.level("steel-mill-2").seconds(45).run();
        assertThat(report.outcome).as("a Sarah who never fires").isEqualTo(Outcome.LOSE);
        assertThat(report.reason).isEqualTo("Sarah is down (blade)");
        assertThat(report.events).filteredOn(e -> e.type == EventType.BEAT_STARTED && "pinned".equals(e.detail()))
                .as("not pinned").isEmpty();
    }

    @Test
    void theCogsSarahsStandThePinTheBarAndTheRerouteHappenInOrder() {
        RunReport report = botPlays();
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        List<GameEvent> beats = new ArrayList<>();
        // 5. The arm in the cogs; the T-1000 leaves the T-800 there and goes for Sarah, whom the player is handed.
        beats.add(first(report, EventType.ARM_CAUGHT, null));
        beats.add(first(report, EventType.CONTROL_SWITCHED, "sarah"));
        // 6. Her shells knock it off the chain until it reaches her and pins her; she refuses; the T-800 again.
        beats.add(first(report, EventType.T1000_KNOCKED_BACK, null));
        beats.add(first(report, EventType.BEAT_STARTED, "pinned"));
        beats.add(first(report, EventType.CONTROL_SWITCHED, "t800"));
        beats.add(first(report, EventType.CHECKPOINT_REACHED, "the arm"));
        beats.add(first(report, EventType.ARM_CUT_FREE, null));
        // 7. Impaled and shut down; the emergency power reroute; the T-1000 leaves it for dead (while the camera shows
        // the way), and the T-800 climbs back into the fight, along the gantry under the presses to its end.
        beats.add(first(report, EventType.BEAT_STARTED, "the bar"));
        beats.add(first(report, EventType.T800_SHUTDOWN, null));
        beats.add(first(report, EventType.T800_REBOOT, null));
        beats.add(first(report, EventType.CAMERA_FRAMED, "the gantry's end"));
        beats.add(first(report, EventType.ENTITY_REMOVED, "t1000"));
        beats.add(first(report, EventType.CHECKPOINT_REACHED, "the climb"));
        beats.add(first(report, EventType.BEAT_FINISHED, "alternate power"));
        beats.add(first(report, EventType.LEVEL_EXIT, null));
        beats.add(first(report, EventType.LEVEL_WON, null));
        assertThat(first(report, EventType.ENTITY_REMOVED, "t1000").tick).as("out of sight: the camera on the way")
                .isGreaterThan(first(report, EventType.CAMERA_FRAMED, "the gantry's end").tick + 40);
        assertThat(first(report, EventType.LEVEL_EXIT, null).what).isEqualTo("the gantry's end");
        assertThat(beats).extracting(event -> event.tick).isSorted();
        assertThat(first(report, EventType.T800_SHUTDOWN, null).what).isEqualTo("impaled on a steel bar");
        assertThat(report.events).filteredOn(e -> e.type == EventType.T800_SHUTDOWN).as("one shutdown only").hasSize(1);
        assertThat(report.casualties).as("nobody died").isEmpty();
    }

    @Test
    void restartedAtTheArmItsOwnOpeningCatchesTheArmAgainAndTheBarFollows() {
        Simulation simulation = new Simulation(com.judgmentday.level.LevelCatalog.load("steel-mill-2", TestContent.tuning()),
                TestContent.tuning(), 1L, "the arm");
        RunReport report = botPlays(simulation);
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        assertThat(report.events).filteredOn(e -> e.type == EventType.BEAT_STARTED).extracting(e -> e.what)
                .as("the map's opening does not play again").containsExactly("back at the arm", "one-armed", "the bar", "alternate power");
        assertThat(first(report, EventType.LEVEL_EXIT, null).what).isEqualTo("the gantry's end");
        assertThat(first(report, EventType.ARM_CAUGHT, null).tick).isLessThan(first(report, EventType.ARM_CUT_FREE, null).tick);
        assertThat(report.events).filteredOn(e -> e.type == EventType.CONTROL_SWITCHED).as("played as the T-800 throughout")
                .isEmpty();
    }

    @Test
    void restartedAtTheClimbTheT800IsRebootedOneArmedAloneAndThePressesStrikeIt() {
        Simulation simulation = new Simulation(com.judgmentday.level.LevelCatalog.load("steel-mill-2", TestContent.tuning()),
                TestContent.tuning(), 1L, "the climb");
        assertThat(simulation.t1000()).as("gone after John").isNull();
        com.judgmentday.components.HealthComponent integrity =
                com.judgmentday.components.Mappers.HEALTH.get(simulation.controlled());
        assertThat(integrity.shutdowns).as("its reroute spent").isEqualTo(1);
        assertThat(com.judgmentday.components.Mappers.ARM.get(simulation.controlled()).oneArmed).isTrue();
        // Stood still on the gantry under the press over the vat: it strikes within its 2.2 s period, 30 a blow.
        float before = integrity.health;
        com.badlogic.gdx.physics.box2d.Body body = com.judgmentday.components.Mappers.BODY.get(simulation.controlled()).body;
        body.setTransform(59f, 8.5f + com.judgmentday.components.Mappers.CHARACTER.get(simulation.controlled()).height / 2f, 0f);
        for (int tick = 0; tick < 140; tick++) {
            simulation.step(new com.judgmentday.input.ActionSet());
        }
        assertThat(integrity.health).as("struck by the press").isLessThanOrEqualTo(before - 30f);
        assertThat(simulation.outcome()).isEqualTo(Outcome.RUNNING);
        simulation.dispose();
    }

    @Test
    void aPlayerWhoLeavesTheT800InTheCogsLoses() {
        // Restarted at the arm (an idle Sarah before it dies at the chain's top: the test above).
        Simulation simulation = new Simulation(com.judgmentday.level.LevelCatalog.load("steel-mill-2", TestContent.tuning()),
                TestContent.tuning(), 1L, "the arm");
        RunReport report;
        try {
            report = Playtest.run(simulation, com.judgmentday.input.InputSource.NONE, 60L * Simulation.TICKS_PER_SECOND);
        } finally {
            simulation.dispose();
        }
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.LOSE);
        assertThat(report.reason).isEqualTo("the T-800 shut down a second time (blade)");
        assertThat(report.events).filteredOn(e -> e.type == EventType.BEAT_STARTED && "the bar".equals(e.what))
                .as("no bar without the arm cut free").isEmpty();
    }
}
