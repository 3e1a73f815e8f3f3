package com.judgmentday.render;

import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HUD's status line: its parts in order, the standing ones first, and dropped from the front when there is no room. */
class StatusLineTest {
    @Test
    void aLineTooLongLosesItsStandingPartsFirstAndKeepsTheLast() {
        // G23: "ALTERNATE POWER ROUTE  HIT: BLADE  HOLD INTERACT: THE SHUTTER BUTTON 43%" ran under the weapon's panel,
        // and the shutter's percentage, the one thing the player needed, was the part hidden.
        Simulation simulation = new Simulation(TestLevels.flat(20).player(5f).build(), TestContent.tuning(), 1L);
        try {
            compose(simulation);
        } finally {
            simulation.dispose();
        }
    }

    private static void compose(Simulation simulation) {
        HealthComponent integrity = Mappers.HEALTH.get(simulation.controlled());
        integrity.shutdowns = 1;
        StatusLine status = new StatusLine();
        status.compose(simulation, integrity, "blade");
        assertThat(status.text().toString()).isEqualTo("ALTERNATE POWER ROUTE  HIT: BLADE");
        assertThat(status.colour()).as("the blow's, the last asked").isEqualTo(com.badlogic.gdx.graphics.Color.SALMON);
        assertThat(status.dropFirst()).isTrue();
        assertThat(status.text().toString()).isEqualTo("HIT: BLADE");
        assertThat(status.dropFirst()).as("the last part stays").isFalse();
        assertThat(status.text().toString()).isEqualTo("HIT: BLADE");
        status.compose(simulation, integrity, "");
        assertThat(status.text().toString()).as("composed anew each frame").isEqualTo("ALTERNATE POWER ROUTE");
        assertThat(status.colour()).as("the power route's red").isEqualTo(Palette.EYE);
    }
}
