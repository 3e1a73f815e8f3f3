package com.judgmentday.scenario;

import com.badlogic.ashley.core.Family;
import com.judgmentday.components.PersonComponent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A spawn's delay holds back whoever it places, not only the T-1000: a guard enters two seconds in. */
class SpawnDelayTest {
    @Test
    void aDelayedBystanderEntersWhenTheDelayIsUp() {
        Simulation simulation = Scenario.level("src/test/resources/levels/spawn-delay.tmx").simulation();
        Family people = Family.all(PersonComponent.class).get();
        ActionSet nothing = new ActionSet();
        for (int tick = 0; tick < 119; tick++) {
            simulation.step(nothing);
        }
        assertThat(simulation.engine().getEntitiesFor(people).size()).as("before the delay is up").isZero();
        assertThat(simulation.arrivalsDue()).isEqualTo(1);
        simulation.step(nothing);
        simulation.step(nothing);
        assertThat(simulation.engine().getEntitiesFor(people).size()).isEqualTo(1);
        assertThat(simulation.arrivalsDue()).isZero();
        simulation.dispose();
    }
}
