package com.judgmentday.physics;

import com.judgmentday.events.EventType;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Hold;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The T-1000 never walks into molten steel of its own accord: a tester's, chasing John along the mill's floor under
 * the catwalk he crossed, walked into the vat and melted in the first map, and the story went on without it.
 */
class T1000BrinkWalkTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    @Test
    void itStopsAtTheBrinkOfAPoolBetweenItAndItsQuarry() {
        // A pool 6 m wide (too wide to leap) between the T-1000 and the player, who stands still beyond it.
        simulation = new Simulation(TestLevels.flat(40).player(26f).t1000(6f).molten(12f, 8f).build(),
                TestContent.tuning(), 1L);
        Hold.holdWhileRunning(simulation, 60 * 12);
        assertThat(simulation.events().first(EventType.T1000_MELTING)).as("it never walks in").isNull();
    }
}
