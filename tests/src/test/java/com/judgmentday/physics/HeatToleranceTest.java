package com.judgmentday.physics;

import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Beside molten steel Sarah (lower heat tolerance, less to warm) is slowed and burnt long before the T-800. */
class HeatToleranceTest {
    /** Ticks standing 2 m from a pool of molten steel until the character is slowed by the heat; -1: never. */
    private static int[] slowedAndBurnt(String character) {
        Simulation simulation = new Simulation(TestLevels.flat(40).player(8f).playerAs(character).molten(10f, 4f).build(),
                TestContent.tuning(), 1L);
        try {
            int slowed = -1;
            int burnt = -1;
            ActionSet nothing = new ActionSet();
            float full = Mappers.HEALTH.get(simulation.controlled()).max;
            for (int tick = 1; tick <= 60 * 40 && (slowed < 0 || burnt < 0); tick++) {
                simulation.step(nothing);
                if (slowed < 0 && Mappers.CHARACTER.get(simulation.controlled()).speedScale < 1f) {
                    slowed = tick;
                }
                if (burnt < 0 && Mappers.HEALTH.get(simulation.controlled()).health < full) {
                    burnt = tick;
                }
            }
            return new int[] {slowed, burnt};
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void sarahSuffersTheHeatTheT800Bears() {
        int[] sarah = slowedAndBurnt("sarah");
        int[] t800 = slowedAndBurnt("t800");
        assertThat(sarah[0]).as("she is slowed").isPositive();
        assertThat(sarah[1]).as("and burnt").isPositive();
        assertThat(t800[0] < 0 || sarah[0] < t800[0]).as("slowed sooner: Sarah %s, T-800 %s", sarah[0], t800[0]).isTrue();
        assertThat(t800[1] < 0 || sarah[1] < t800[1]).as("burnt sooner: Sarah %s, T-800 %s", sarah[1], t800[1]).isTrue();
    }
}
