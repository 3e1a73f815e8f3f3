package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A crusher strikes once a period: whoever it catches takes its damage and is thrown out of it. */
class CrusherTest {
    private static final String LEVEL = "src/test/resources/levels/crusher.tmx";

    @Test
    void thePressHurtsAndThrowsOutWhoeverStandsUnderIt() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        Entity player = simulation.controlled();
        float health = Mappers.HEALTH.get(player).health;
        float x = Mappers.TRANSFORM.get(player).x;
        ActionSet nothing = new ActionSet();
        for (int tick = 0; tick < 55; tick++) {
            simulation.step(nothing);
        }
        assertThat(Mappers.HEALTH.get(player).health).as("before the first strike").isEqualTo(health);
        for (int tick = 0; tick < 65; tick++) {
            simulation.step(nothing);
        }
        assertThat(Mappers.HEALTH.get(player).health).isEqualTo(health - 30f);
        // Under the press's east half, thrown east and clear of it (its east edge is at 9 m).
        assertThat(Mappers.TRANSFORM.get(player).x).isGreaterThan(x).isGreaterThan(9.3f);
        for (int tick = 0; tick < 120; tick++) {
            simulation.step(nothing);
        }
        assertThat(Mappers.HEALTH.get(player).health).as("out of its reach").isEqualTo(health - 30f);
        simulation.dispose();
    }
}
