package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Sarah is playable: a player spawn for her plays her, by her own rules, on real levels. */
class SarahTest {
    private static final Path SCRIPT = Path.of("src/test/resources/scripts/sarah-ward.txt");

    @Test
    void aPlayerSpawnForSarahPlaysHerByHerRulesNotAT800() {
        Simulation simulation = Scenario.level(TestContent.SARAH_WARD).simulation();
        try {
            Entity sarah = simulation.controlled();
            CharacterDef def = Mappers.CHARACTER.get(sarah).def;
            assertThat(Mappers.IDENTITY.get(sarah).name).isEqualTo("sarah");
            assertThat(def.title).isEqualTo("Sarah");
            assertThat(def.sprite).isEqualTo("sarah");
            assertThat(def.surface).isEqualTo("flesh");
            assertThat(Mappers.HEALTH.get(sarah).max).as("fragile").isLessThan(
                    TestContent.tuning().character("t800").health);
            assertThat(def.runSpeed).as("fast").isGreaterThan(TestContent.tuning().character("t800").runSpeed);
            assertThat(Mappers.WEAPON.get(sarah).slots).extracting(slot -> slot.def.name)
                    .containsExactly("shotgun", "pistol");

            // At zero she goes down for good: no emergency reboot, and the level is lost saying so.
            simulation.step(new ActionSet());
            Mappers.DAMAGE.get(sarah).bodyPoints = 500f;
            Mappers.DAMAGE.get(sarah).cause = "blade";
            simulation.step(new ActionSet());
            assertThat(simulation.events().first(EventType.T800_SHUTDOWN)).isNull();
            GameEvent down = simulation.events().first(EventType.CHARACTER_DOWN);
            assertThat(down.subject).isEqualTo("sarah");
            assertThat(down.what).as("the cause").isEqualTo("blade");
            assertThat(simulation.outcome()).isEqualTo(Outcome.LOSE);
            assertThat(simulation.outcomeReason()).isEqualTo("Sarah is down (blade)");
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void sheTakesJohnOutOfTheWard() {
        RunReport report = Scenario.level(TestContent.SARAH_WARD).script(SCRIPT).run();
        assertThat(report.outcome).as(report.reason).isEqualTo(Outcome.WIN);
        GameEvent exit = null;
        for (GameEvent event : report.events) {
            exit = event.type == EventType.LEVEL_EXIT ? event : exit;
        }
        assertThat(exit.subject).as("Sarah walked out").isEqualTo("sarah");
        assertThat(report.casualties).isEmpty();
    }

    @Test
    void theProvingGroundPlayedAsSarahIsStillCrossedByItsShippedScript() {
        LevelDef level = LevelCatalog.load("proving-ground", TestContent.tuning());
        level.spawn(SpawnDef.Kind.PLAYER).character = "sarah";
        RunReport report = Scenario.level(level).script("proving-ground.txt").run();
        assertThat(report.outcome).as(report.reason).isEqualTo(Outcome.WIN);
    }
}
