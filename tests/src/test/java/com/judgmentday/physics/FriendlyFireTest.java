package com.judgmentday.physics;

import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Hold;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player's gunfire never hurts an ally: shots pass John to strike what is behind him, and a grenade neither
 * bursts on him nor wounds him (its blast still pushes him).
 */
class FriendlyFireTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    private void hold(int ticks, Action... actions) {
        Hold.holdWhileRunning(simulation, ticks, actions);
    }

    private float johnsHealth() {
        HealthComponent health = Mappers.HEALTH.get(simulation.john());
        return health.health;
    }

    @Test
    void shotgunBlastsPassJohnAndStrikeTheCrateBehindHim() {
        // John starts right beside the T-800, facing him; a crate stands behind John.
        simulation = new Simulation(TestLevels.flat(40).player(5f).john(6.2f).crate(8f).loadout("shotgun").build(),
                TestContent.tuning(), 1L);
        float before = johnsHealth();
        for (int shot = 0; shot < 5; shot++) {
            hold(1, Action.FIRE);
            hold(60);
        }
        assertThat(simulation.outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(johnsHealth()).isEqualTo(before);
        boolean crateHit = false;
        for (GameEvent event : simulation.events().events()) {
            assertThat(event.whom).as("nothing strikes John").isNotEqualTo("john");
            crateHit |= event.type == EventType.WEAPON_HIT && event.whom.startsWith("crate");
        }
        assertThat(crateHit).isTrue();
    }

    @Test
    void sarahsShotsPassJohnToo() {
        simulation = new Simulation(TestLevels.flat(40).player(5f).playerAs("sarah").john(6.2f).crate(8f)
                .loadout("shotgun", "pistol").build(), TestContent.tuning(), 1L);
        float before = johnsHealth();
        for (int shot = 0; shot < 4; shot++) {
            hold(1, Action.FIRE);
            hold(60);
        }
        hold(1, Action.SWITCH_WEAPON);
        hold(20);
        for (int shot = 0; shot < 4; shot++) {
            hold(1, Action.FIRE);
            hold(30);
        }
        assertThat(simulation.events().first(EventType.WEAPON_FIRED).subject).isEqualTo("sarah");
        assertThat(johnsHealth()).isEqualTo(before);
        boolean crateHit = false;
        for (GameEvent event : simulation.events().events()) {
            assertThat(event.whom).as("nothing strikes John").isNotEqualTo("john");
            crateHit |= event.type == EventType.WEAPON_HIT && event.whom.startsWith("crate");
        }
        assertThat(crateHit).as("her shots went through him to the crate behind").isTrue();
    }

    @Test
    void aGrenadeFlyingPastJohnDoesNotBurstOnHimNorWoundHim() {
        simulation = new Simulation(TestLevels.flat(60).player(5f).john(6.2f).loadout("m79").build(),
                TestContent.tuning(), 1L);
        float before = johnsHealth();
        hold(1, Action.FIRE);
        hold(240);
        GameEvent explosion = simulation.events().first(EventType.EXPLOSION);
        assertThat(explosion).isNotNull();
        assertThat(explosion.detail()).doesNotContain("impact on john");
        assertThat(johnsHealth()).isEqualTo(before);
    }
}
