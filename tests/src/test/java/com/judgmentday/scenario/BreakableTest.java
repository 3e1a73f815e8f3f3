package com.judgmentday.scenario;

import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A breakable takes shots until its hit points run out, then breaks (breakable.broken) and stops blocking. */
class BreakableTest {
    @Test
    void shotsBreakThePaneAndThePlayerWalksThrough() {
        Simulation simulation = Scenario.level("src/test/resources/levels/breakable.tmx").simulation();
        List<String> broken = new ArrayList<>();
        simulation.events().addListener(event -> {
            if (event.type == EventType.BREAKABLE_BROKEN) {
                broken.add(event.subject);
            }
        });
        ActionSet right = new ActionSet().add(Action.RIGHT);
        for (int tick = 0; tick < 120; tick++) {
            simulation.step(right);
        }
        assertThat(broken).as("walking into it breaks nothing").isEmpty();
        ActionSet fire = new ActionSet().add(Action.FIRE);
        ActionSet nothing = new ActionSet();
        for (int shot = 0; shot < 8 && broken.isEmpty(); shot++) {
            simulation.step(fire);
            for (int tick = 0; tick < 60; tick++) {
                simulation.step(nothing);
            }
        }
        assertThat(broken).containsExactly("shop window");
        for (int tick = 0; tick < 60 * 6 && simulation.outcome() == Outcome.RUNNING; tick++) {
            simulation.step(right);
        }
        assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        simulation.dispose();
    }

    @Test
    void shotsPassTheBrokenPaneToWhatIsBehind() {
        // Broken, a pane blocks nothing: bodies pass (its mask cleared), and so must shots. They stopped at it.
        Simulation simulation = Scenario.level("src/test/resources/levels/breakable-crate.tmx").simulation();
        ActionSet fire = new ActionSet().add(Action.FIRE);
        ActionSet nothing = new ActionSet();
        boolean broken = false;
        for (int shot = 0; shot < 8 && !broken; shot++) {
            simulation.step(fire);
            for (int tick = 0; tick < 60; tick++) {
                simulation.step(nothing);
            }
            broken = simulation.events().first(EventType.BREAKABLE_BROKEN) != null;
        }
        assertThat(broken).isTrue();
        int before = simulation.events().events().size;
        simulation.step(fire);
        boolean crateHit = false;
        for (int i = before; i < simulation.events().events().size; i++) {
            com.judgmentday.events.GameEvent event = simulation.events().events().get(i);
            crateHit |= event.type == EventType.WEAPON_HIT && event.whom.startsWith("crate");
        }
        assertThat(crateHit).as("the shot after the pane broke strikes the crate behind it").isTrue();
        simulation.dispose();
    }
}
