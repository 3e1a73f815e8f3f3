package com.judgmentday.scenario;

import com.judgmentday.bot.Bot;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.report.Playtest;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import static com.judgmentday.support.RunEvents.first;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless scenario on the real steel-mill-3: the finale's beats 8 to 10 happen in the film's order, as the average
 * bot's keys (assets/scripts/steel-mill-3.txt) play them; and shooting the real Sarah loses.
 */
class SteelMill3Test {
    @Test
    void theFakeSarahTheLastGrenadeTheThrashAndTheEpilogueHappenInOrder() {
        RunReport report = Scenario.level("steel-mill-3").script("steel-mill-3.txt").run();
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        List<GameEvent> beats = new ArrayList<>();
        // 8. John hides; the T-1000 poses as Sarah. 9. The bot's pistol shows it up; the player is handed the real
        // Sarah, whose shells drive it back into the vat; it thrashes through the forms it took, and is gone.
        beats.add(first(report, EventType.CHARACTER_HID, "john"));
        beats.add(first(report, EventType.T1000_POSING, null));
        beats.add(first(report, EventType.T1000_REVEALED, null));
        beats.add(first(report, EventType.CONTROL_SWITCHED, "sarah"));
        beats.add(first(report, EventType.WEAPON_FIRED, "sarah"));
        beats.add(first(report, EventType.T1000_MELTED, null));
        // 10. John is called out; the player, Sarah still (her shells finished it), lowers the T-800, the closing line
        // ends it.
        beats.add(first(report, EventType.CHARACTER_CALLED, "john"));
        beats.add(first(report, EventType.WINCH_STARTED, null));
        beats.add(first(report, EventType.CHARACTER_SANK, "t800"));
        beats.add(first(report, EventType.WINCH_BOTTOMED, null));
        beats.add(first(report, EventType.BEAT_FINISHED, "the closing line"));
        beats.add(first(report, EventType.LEVEL_WON, null));
        assertThat(beats).extracting(event -> event.tick).isSorted();
        assertThat(first(report, EventType.WINCH_BOTTOMED, null).detail())
                .as("the pulley stops as the T-800 goes under, not metres of chain later").contains("sank into molten steel");
        assertThat(first(report, EventType.T1000_MELTED, null).detail()).as("it thrashes through the fake Sarah too")
                .contains("sarah");
        assertThat(report.casualties).as("nobody died: the T-800 chose the steel").isEmpty();
    }

    @Test
    void sarahsLastShellHandsTheT800BackWithTheLastGrenade() {
        // From the checkpoint the stand makes: Sarah turns away and fires her eight shells (a press every 0.7 s), so
        // none of them finishes it; her last hands the T-800 back, its grenade still loaded.
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill-3", TestContent.tuning()), TestContent.tuning(),
                1L, "the fake");
        try {
            simulation.step(new ActionSet());
            assertThat(simulation.controlled()).as("the restart's beat hands her over").isSameAs(simulation.character("sarah"));
            ActionSet fire = new ActionSet().add(com.judgmentday.input.Action.FIRE);
            ActionSet left = new ActionSet().add(com.judgmentday.input.Action.LEFT);
            ActionSet none = new ActionSet();
            for (int tick = 0; tick < 60 * 12 && simulation.controlled() == simulation.character("sarah"); tick++) {
                simulation.step(tick == 50 ? left : tick > 60 && tick % 42 == 0 ? fire : none);
            }
            int shells = 0;
            for (GameEvent event : simulation.events().events()) {
                shells += event.type == EventType.WEAPON_FIRED && "sarah".equals(event.subject) ? 1 : 0;
            }
            assertThat(shells).isEqualTo(8);
            for (int tick = 0; tick < 60; tick++) {
                simulation.step(none);
            }
            assertThat(simulation.controlled()).as("the T-800 again").isSameAs(simulation.character("t800"));
            assertThat(com.judgmentday.components.Mappers.WEAPON.get(simulation.controlled()).slot("m79").loaded).isEqualTo(1);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void theT800CarriesTheLastGrenadeOnly() {
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill-3", TestContent.tuning()), TestContent.tuning(), 1L);
        try {
            com.judgmentday.components.WeaponSlot m79 = com.judgmentday.components.Mappers.WEAPON
                    .get(simulation.controlled()).slot("m79");
            assertThat(m79.loaded).as("one grenade, loaded").isEqualTo(1);
            assertThat(m79.reserve).as("and no more: the map's loadout says m79:1").isZero();
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void atThePulleyControlSarahIsOutOfTheVatsHeatToTheEnd() {
        // A playtester held Interact at the control as told and Sarah burned to death in the closing speech: the control
        // stood 3 m from the vat. From the epilogue: walk her to it, hold Interact, wait out the ending.
        Simulation simulation = Scenario.level("steel-mill-3").from("the epilogue").simulation();
        try {
            ActionSet interact = new ActionSet().add(com.judgmentday.input.Action.INTERACT);
            ActionSet right = new ActionSet().add(com.judgmentday.input.Action.RIGHT);
            for (int tick = 0; tick < 4000 && simulation.outcome() == Outcome.RUNNING; tick++) {
                com.badlogic.ashley.core.Entity sarah = simulation.character("sarah");
                boolean handed = simulation.controlled() == sarah;
                boolean there = com.judgmentday.components.Mappers.TRANSFORM.get(sarah).x > 24.2f;
                simulation.step(!handed ? new ActionSet() : there ? interact : right);
            }
            assertThat(simulation.outcome()).as(simulation.outcomeReason()).isEqualTo(Outcome.WIN);
            com.badlogic.ashley.core.Entity sarah = simulation.character("sarah");
            assertThat(com.judgmentday.components.Mappers.HEALTH.get(sarah).health).as("unhurt").isEqualTo(150f);
            assertThat(com.judgmentday.components.Mappers.HEAT.get(sarah).celsius).as("cool").isLessThan(30f);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void restartedAtTheEpilogueTheT1000IsGoneItsMeltCountsAndTheEpiloguePlaysAgain() {
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill-3", TestContent.tuning()), TestContent.tuning(),
                1L, "the epilogue");
        RunReport report;
        try {
            assertThat(simulation.t1000()).as("it melted before the checkpoint").isNull();
            report = Playtest.run(simulation, Bot.create(simulation, TestContent.tuning(), "average", 1L),
                    120L * Simulation.TICKS_PER_SECOND);
        } finally {
            simulation.dispose();
        }
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        assertThat(report.events).filteredOn(e -> e.type == EventType.BEAT_STARTED).extracting(e -> e.what)
                .as("not the two Sarahs again").containsExactly("the epilogue", "the pulley", "the closing line");
        assertThat(report.objectivesMet()).contains("melt");
        assertThat(first(report, EventType.CONTROL_SWITCHED, "sarah").tick).isLessThan(first(report, EventType.WINCH_BOTTOMED, null).tick);
        // Through the lines the player is told what to do (step back, hear them out); the goal is met as the pulley's
        // scene starts: round 14's tester stood 12 s not knowing whether to act.
        assertThat(report.objectivesMet()).contains("hear");
    }

    @Test
    void turningOnTheRealSarahLosesWithTheReason(@TempDir Path dir) throws Exception {
        // The controls come back after the opening's lock; the T-800 turns west to the real Sarah and fires.
        Path script = Files.writeString(dir.resolve("wrong-sarah.txt"), "# level: steel-mill-3\n# seed: 1\n80\n2,L\n40,F\n60\n");
        RunReport report = Scenario.level("steel-mill-3").script(script).run();
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.LOSE);
        assertThat(report.reason).isEqualTo("You shot Sarah.");
        assertThat(report.events).filteredOn(e -> e.type == EventType.T1000_REVEALED).as("the fake stands unharmed").isEmpty();
    }
}
