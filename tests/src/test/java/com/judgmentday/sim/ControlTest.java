package com.judgmentday.sim;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.support.Hold;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Control is a component: {@link Simulation#control} hands the player's actions to another character during a
 * level; the actions move it and no longer the one before; John follows it; a T-1000 hunting the player hunts it.
 */
class ControlTest {
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

    private float x(Entity entity) {
        return Mappers.TRANSFORM.get(entity).x;
    }

    @Test
    void afterASwitchTheActionsMoveTheNewCharacterAndNotTheOld() {
        simulation = new Simulation(TestLevels.flat(60).player(5f).john(3f).build(), TestContent.tuning(), 1L);
        Entity t800 = simulation.controlled();
        Entity sarah = simulation.spawnCharacter("sarah", 20f, 1f);
        hold(30);
        float sarahBefore = x(sarah);
        hold(30, Action.RIGHT);
        assertThat(x(t800)).as("the T-800 is played first").isGreaterThan(5.5f);
        assertThat(x(sarah)).as("Sarah stands").isCloseTo(sarahBefore, org.assertj.core.api.Assertions.within(0.05f));

        assertThat(simulation.character("sarah")).as("found by name, as a beat names her").isSameAs(sarah);
        assertThat(simulation.character("nobody")).isNull();
        simulation.control(simulation.character("sarah"));
        assertThat(simulation.controlled()).isSameAs(sarah);
        GameEvent switched = simulation.events().first(EventType.CONTROL_SWITCHED);
        assertThat(switched.subject).isEqualTo("sarah");
        assertThat(switched.detail()).isEqualTo("from t800");
        hold(10);
        float t800Before = x(t800);
        sarahBefore = x(sarah);
        hold(60, Action.RIGHT);
        assertThat(x(sarah)).as("the actions move Sarah now").isGreaterThan(sarahBefore + 3f);
        assertThat(x(t800)).as("and not the T-800").isCloseTo(t800Before, org.assertj.core.api.Assertions.within(0.05f));
        assertThat(Mappers.CONTROL.has(t800)).isFalse();
        assertThat(Mappers.INPUT.has(t800)).isFalse();
        assertThat(Mappers.FOLLOW.get(simulation.john()).leader).as("John escorts her now").isSameAs(sarah);
        assertThat(Mappers.WEAPON.get(sarah).slots).extracting(slot -> slot.def.name)
                .as("she takes her own loadout").containsExactly("shotgun", "pistol");
    }

    @Test
    void aT1000HuntingThePlayerHuntsTheNewCharacterAndTheSwitchIsInTheHash() {
        simulation = new Simulation(TestLevels.flat(60).player(5f).t1000(40f).build(), TestContent.tuning(), 1L);
        Entity sarah = simulation.spawnCharacter("sarah", 20f, 1f);
        StateHasher hasher = new StateHasher(simulation);
        long before = hasher.hash(simulation);
        simulation.control(sarah);
        assertThat(hasher.hash(simulation)).as("who is controlled is state").isNotEqualTo(before);
        assertThat(Mappers.T1000.get(simulation.t1000()).target).isSameAs(sarah);
    }

    @Test
    void controlGoesOnlyToACharacterThePlayerCanPlay() {
        simulation = new Simulation(TestLevels.flat(60).player(5f).t1000(40f).build(), TestContent.tuning(), 1L);
        assertThatThrownBy(() -> simulation.control(simulation.t1000())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t1000");
    }

    @Test
    void aShotQueuedBeforeTheSwitchIsNotFiredByTheCharacterLeftBehind() {
        simulation = new Simulation(TestLevels.flat(60).player(5f).build(), TestContent.tuning(), 1L);
        Entity t800 = simulation.controlled();
        Entity sarah = simulation.spawnCharacter("sarah", 20f, 1f);
        hold(10);
        hold(1, Action.FIRE);
        hold(2);
        // Pressed again during the cooldown: the press is queued for when the gun is ready.
        hold(1, Action.FIRE);
        simulation.control(sarah);
        int shots = Mappers.WEAPON.get(t800).shots;
        hold(120);
        assertThat(Mappers.WEAPON.get(t800).shots).as("no one pulls the T-800's trigger now").isEqualTo(shots);
    }

    @Test
    void controlHandedMidStepToAnEscortLeavesNoFollowerWithoutAFollow() {
        simulation = new Simulation(TestLevels.flat(60).player(5f).john(3f).build(), TestContent.tuning(), 1L);
        Entity john = simulation.john();
        // A beat hands control over while the engine updates, as a step does, here to the escort himself: the engine
        // lists him among the followers until its update ends, his follow already gone.
        simulation.engine().addSystem(new com.badlogic.ashley.core.EntitySystem(Integer.MAX_VALUE) {
            @Override
            public void update(float deltaTime) {
                if (simulation.tick() == 5) {
                    simulation.control(john);
                }
            }
        });
        hold(10, Action.RIGHT);
        assertThat(simulation.controlled()).isSameAs(john);
        assertThat(Mappers.FOLLOW.has(john)).as("the one played leads").isFalse();
    }
}
