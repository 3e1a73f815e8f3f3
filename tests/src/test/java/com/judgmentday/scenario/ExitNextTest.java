package com.judgmentday.scenario;

import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Winning by an exit tells where it leads: its next, a map beside this one here, which then loads. */
class ExitNextTest {
    @Test
    void theExitReachedNamesTheLevelThatFollows() {
        Simulation simulation = Scenario.level("src/test/resources/levels/exit-next.tmx").simulation();
        ActionSet right = new ActionSet().add(Action.RIGHT);
        for (int tick = 0; tick < 180 && simulation.outcome() == Outcome.RUNNING; tick++) {
            simulation.step(right);
        }
        assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        String next = simulation.nextLevel();
        simulation.dispose();
        assertThat(Path.of(next)).isEqualTo(Path.of("src/test/resources/levels/conveyor.tmx").toAbsolutePath());
        assertThat(LevelCatalog.load(next, TestContent.tuning()).title).startsWith("Conveyor");
    }
}
