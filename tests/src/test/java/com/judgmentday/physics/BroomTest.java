package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Hold;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sarah's broom handle (her def's melee): with nothing to shoot, fire strikes the one in front; it knocks a person
 * down without killing them, and never strikes an ally.
 */
class BroomTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    private void hold(int ticks, Action... actions) {
        Hold.hold(simulation, ticks, actions);
    }

    private Entity person() {
        return simulation.engine().getEntitiesFor(com.badlogic.ashley.core.Family.all(
                com.judgmentday.components.PersonComponent.class).get()).first();
    }

    @Test
    void outOfRoundsHerBlowKnocksAnOrderlyDownWithoutKillingHim() {
        simulation = new Simulation(TestLevels.flat(40).playerAs("sarah").loadout("pistol").person(3f, "orderly").build(),
                TestContent.tuning(), 1L);
        WeaponSlot pistol = Mappers.WEAPON.get(simulation.controlled()).held();
        pistol.loaded = 0;
        pistol.reserve = 0;
        hold(10);
        hold(1, Action.FIRE);
        hold(2);
        HealthComponent orderly = Mappers.HEALTH.get(person());
        assertThat(simulation.events().first(EventType.MELEE_BLOW).detail()).isEqualTo("broom");
        assertThat(simulation.events().first(EventType.MELEE_HIT).subject).startsWith("orderly");
        assertThat(orderly.downTicks).as("knocked down").isPositive();
        assertThat(orderly.dead).isFalse();
        assertThat(orderly.health).as("not a scratch").isEqualTo(orderly.max);
        assertThat(simulation.casualties()).isEmpty();
        assertThat(simulation.events().first(EventType.JOHN_PROTEST)).isNull();
    }

    @Test
    void withARoundToFireThePressIsAShotNotABlow() {
        simulation = new Simulation(TestLevels.flat(40).playerAs("sarah").loadout("pistol").person(3f, "orderly").build(),
                TestContent.tuning(), 1L);
        hold(10);
        hold(1, Action.FIRE);
        hold(2);
        assertThat(simulation.events().first(EventType.WEAPON_FIRED)).isNotNull();
        assertThat(simulation.events().first(EventType.MELEE_BLOW)).isNull();
    }

    @Test
    void herBlowPassesJohn() {
        simulation = new Simulation(TestLevels.flat(40).playerAs("sarah").loadout().john(2.8f).build(),
                TestContent.tuning(), 1L);
        hold(10);
        float before = Mappers.HEALTH.get(simulation.john()).health;
        hold(1, Action.FIRE);
        hold(2);
        assertThat(simulation.events().first(EventType.MELEE_BLOW)).as("with no weapon at all she swings").isNotNull();
        assertThat(simulation.events().first(EventType.MELEE_HIT)).isNull();
        assertThat(Mappers.HEALTH.get(simulation.john()).health).isEqualTo(before);
    }

    @Test
    void altFireSwingsTheBroomEvenWithRoundsLoaded() {
        simulation = new Simulation(TestLevels.flat(40).playerAs("sarah").loadout("pistol").person(3f, "orderly").build(),
                TestContent.tuning(), 1L);
        hold(10);
        hold(1, Action.ALT_FIRE);
        hold(2);
        assertThat(simulation.events().first(EventType.MELEE_BLOW)).as("alt-fire is the blow").isNotNull();
        assertThat(simulation.events().first(EventType.WEAPON_FIRED)).as("and not a shot").isNull();
        assertThat(Mappers.HEALTH.get(person()).downTicks).isPositive();
    }
}
