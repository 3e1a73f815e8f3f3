package com.judgmentday.render;

import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letterbox's "controls back in" counts every way the keys are taken: a beat's lock, the one played shut down
 * (the T-800's reroute: a playtester thought the keys were broken through its 8 s, which had no bars) or held still.
 */
class ControlsAwayTest {
    @Test
    void aLockAShutdownOrAHoldTakesTheKeysAndTheLongestSaysWhenTheyComeBack() {
        Simulation simulation = new Simulation(TestLevels.flat(40).build(), TestContent.tuning(), 1L);
        try {
            HealthComponent integrity = Mappers.HEALTH.get(simulation.controlled());
            assertThat(Letterbox.controlsAway(simulation, integrity)).as("the keys are the player's").isZero();
            integrity.shutdownTicks = 300;
            assertThat(Letterbox.controlsAway(simulation, integrity)).as("shut down").isEqualTo(300);
            Mappers.CHARACTER.get(simulation.controlled()).heldTicks = 400;
            assertThat(Letterbox.controlsAway(simulation, integrity)).as("held longer").isEqualTo(400);
            integrity.shutdownTicks = 0;
            Mappers.CHARACTER.get(simulation.controlled()).heldTicks = 0;
            simulation.stage().lockTicks = 90;
            assertThat(Letterbox.controlsAway(simulation, integrity)).as("a beat's lock").isEqualTo(90);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void heldForGoodTheBarSaysWatchWithNoCount() {
        // The Galleria's ride-out holds the T-800 on the Harley for good: round 17 read "CONTROLS BACK IN 17895698".
        StringBuilder words = new StringBuilder();
        Letterbox.watch(words, Integer.MAX_VALUE);
        assertThat(words.toString()).isEqualTo("WATCH");
        words.setLength(0);
        Letterbox.watch(words, 90);
        assertThat(words.toString()).isEqualTo("WATCH  -  CONTROLS BACK IN 2");
    }
}
