package com.judgmentday.physics;

import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Hold;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shot fired with its muzzle already inside someone strikes them: a ray begun inside a body never reports it, and
 * the cop's pistol, pressed against the T-800 that shielded John, shot John through it.
 */
class PointBlankTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    @Test
    void aPistolPressedAgainstSomeoneHitsThemNotWhatIsBehind() {
        // The T-800 (0.8 m wide) faces a man touching it (0.6 m wide, 0.7 m off): the pistol's muzzle, 0.45 m out,
        // is inside him. A crate stands behind him.
        simulation = new Simulation(TestLevels.flat(40).player(5f).person(5.7f, "guard").crate(9f).loadout("pistol").build(),
                TestContent.tuning(), 1L);
        Hold.holdWhileRunning(simulation, 1, Action.FIRE);
        GameEvent hit = simulation.events().first(EventType.WEAPON_HIT);
        assertThat(hit).as("the shot strikes someone").isNotNull();
        assertThat(hit.whom).startsWith("guard");
    }
}
