package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.HazardDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A steam vent scalds whoever stands in its jet while it vents, and nothing between its puffs. */
class SteamTest {
    private static final String LEVEL = "src/test/resources/levels/steam.tmx";

    private static float celsiusAfter(Simulation simulation, int ticks) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(new ActionSet());
        }
        return Mappers.HEAT.get(simulation.controlled()).celsius;
    }

    @Test
    void theJetHeatsWhileItVentsAndNotBetweenPuffs() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            float start = Mappers.HEAT.get(simulation.controlled()).celsius;
            float vented = celsiusAfter(simulation, 58);
            assertThat(vented).as("a second in the puff").isGreaterThan(start + 3f);
            float between = celsiusAfter(simulation, 60);
            assertThat(between).as("the second between puffs: it cools").isLessThan(vented);
            assertThat(celsiusAfter(simulation, 60)).as("the next puff").isGreaterThan(between + 3f);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void ventsRunTheirOwnCyclesFromTheirPhase() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            List<HazardComponent> vents = new ArrayList<>();
            for (Entity entity : simulation.engine().getEntities()) {
                HazardComponent hazard = Mappers.HAZARD.get(entity);
                if (hazard != null && hazard.kind == HazardDef.Kind.STEAM) {
                    vents.add(hazard);
                }
            }
            assertThat(vents).hasSize(2);
            celsiusAfter(simulation, 30);
            assertThat(vents).extracting(HazardComponent::venting).containsExactly(true, false);
            celsiusAfter(simulation, 60);
            assertThat(vents).extracting(HazardComponent::venting).containsExactly(false, true);
        } finally {
            simulation.dispose();
        }
    }
}
