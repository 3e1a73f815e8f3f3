package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.judgmentday.components.ElevatorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Integration: lifts move between their stops, carry whoever stands on them, and never crush anyone. */
class ElevatorTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    private Entity lift() {
        return simulation.engine().getEntitiesFor(Family.all(ElevatorComponent.class).get()).first();
    }

    private void run(int ticks) {
        ActionSet nothing = new ActionSet();
        for (int i = 0; i < ticks; i++) {
            simulation.step(nothing);
        }
    }

    private float carBottom() {
        return Mappers.TRANSFORM.get(lift()).y - Mappers.ELEVATOR.get(lift()).height / 2f;
    }

    @Test
    void aMovingLiftRunsBetweenItsStopsAndPausesAtEach() {
        simulation = new Simulation(TestLevels.flat(40).elevator(20f, 1f, 6f, true).build(), TestContent.tuning(), 1L);
        int pause = Math.round(TestContent.tuning().elevatorWaitSeconds * Simulation.TICKS_PER_SECOND);
        run(pause + 5);
        assertThat(carBottom()).as("leaving the bottom").isGreaterThan(1f);
        run(Math.round(5f / 2f * Simulation.TICKS_PER_SECOND));
        assertThat(carBottom()).isCloseTo(6f, within(0.05f));
        run(pause + Math.round(5f / 2f * Simulation.TICKS_PER_SECOND) + 5);
        assertThat(carBottom()).as("back down").isCloseTo(1f, within(0.05f));
    }

    @Test
    void itCarriesWhoeverStandsOnIt() {
        simulation = new Simulation(TestLevels.flat(40).player(20f).elevator(20f, 1f, 6f, true).build(), TestContent.tuning(), 1L);
        run(Math.round((TestContent.tuning().elevatorWaitSeconds + 2.5f) * Simulation.TICKS_PER_SECOND) + 10);
        TransformComponent player = Mappers.TRANSFORM.get(simulation.controlled());
        assertThat(player.y - TestContent.tuning().character("t800").height / 2f).isCloseTo(6.1f, within(0.1f));
    }

    @Test
    void aLiftThatIsNotMovingWaitsForARider() {
        simulation = new Simulation(TestLevels.flat(40).elevator(20f, 1f, 6f, false).build(), TestContent.tuning(), 1L);
        run(600);
        assertThat(carBottom()).isCloseTo(1f, within(0.05f));
        assertThat(Mappers.ELEVATOR.get(lift()).riders).isZero();
    }

    @Test
    void aCalledLiftLeftAtItsFarEndComesHome() {
        // A called lift waits at home for a rider; whatever leaves it at the far end empty, it comes home again.
        simulation = new Simulation(TestLevels.flat(40).elevator(20f, 1f, 6f, false).build(), TestContent.tuning(), 1L);
        Mappers.BODY.get(simulation.controlled()).body.setTransform(20f, 1f + 0.1f + 0.95f, 0f);
        int pause = Math.round(TestContent.tuning().elevatorWaitSeconds * Simulation.TICKS_PER_SECOND);
        run(pause + Math.round(5f / 2f * Simulation.TICKS_PER_SECOND) + 30);
        assertThat(carBottom()).as("carried the player up").isCloseTo(6f, within(0.05f));
        Mappers.BODY.get(simulation.controlled()).body.setTransform(2f, 1f + 0.95f, 0f);
        run(pause + Math.round(5f / 2f * Simulation.TICKS_PER_SECOND) + 30);
        assertThat(carBottom()).as("back home with no one on it").isCloseTo(1f, within(0.05f));
        Mappers.BODY.get(simulation.controlled()).body.setTransform(20f, 1f + 0.1f + 0.95f, 0f);
        run(30);
        Mappers.BODY.get(simulation.controlled()).body.setTransform(2f, 1f + 0.95f, 0f);
        run(2 * (pause + Math.round(5f / 2f * Simulation.TICKS_PER_SECOND)) + 30);
        assertThat(carBottom()).as("a rider who stepped off before it left: it went up empty, and still comes home").isCloseTo(1f, within(0.05f));
    }

    @Test
    void aCalledLiftHoldsAtItsFarEndWhileARiderIsAboardThenComesHomeOnceTheyStepOff() {
        // The rider rode up to get away: carried back down to what they fled, they would never know why.
        simulation = new Simulation(TestLevels.flat(40).elevator(20f, 1f, 6f, false).build(), TestContent.tuning(), 1L);
        Mappers.BODY.get(simulation.controlled()).body.setTransform(20f, 1f + 0.1f + 0.95f, 0f);
        int pause = Math.round(TestContent.tuning().elevatorWaitSeconds * Simulation.TICKS_PER_SECOND);
        int ride = Math.round(5f / 2f * Simulation.TICKS_PER_SECOND);
        run(pause + ride + 30);
        assertThat(carBottom()).as("carried the player up").isCloseTo(6f, within(0.05f));
        run(3 * pause);
        assertThat(carBottom()).as("held at the top while the player stands on it").isCloseTo(6f, within(0.05f));
        Mappers.BODY.get(simulation.controlled()).body.setTransform(28f, 1f + 0.95f, 0f);
        run(pause + ride + 30);
        assertThat(carBottom()).as("home once no one is aboard").isCloseTo(1f, within(0.05f));
    }

    @Test
    void aRiderWhoNeverStepsOffIsCarriedHomeInTheEndSoTheLiftServesEveryoneBelow() {
        simulation = new Simulation(TestLevels.flat(40).elevator(20f, 1f, 6f, false).build(), TestContent.tuning(), 1L);
        Mappers.BODY.get(simulation.controlled()).body.setTransform(20f, 1f + 0.1f + 0.95f, 0f);
        int pause = Math.round(TestContent.tuning().elevatorWaitSeconds * Simulation.TICKS_PER_SECOND);
        int ride = Math.round(5f / 2f * Simulation.TICKS_PER_SECOND);
        run(pause + ride + 30);
        assertThat(carBottom()).isCloseTo(6f, within(0.05f));
        run((com.judgmentday.systems.ElevatorSystem.HOLD_PAUSES + 1) * pause + ride + 30);
        assertThat(carBottom()).as("home, the player still aboard").isCloseTo(1f, within(0.05f));
    }

    @Test
    void aDescendingLiftTurnsBackRatherThanCrushSomeone() {
        simulation = new Simulation(TestLevels.flat(40).elevator(20f, 1f, 6f, true).build(), TestContent.tuning(), 1L);
        int pause = Math.round(TestContent.tuning().elevatorWaitSeconds * Simulation.TICKS_PER_SECOND);
        run(pause + Math.round(5f / 2f * Simulation.TICKS_PER_SECOND) + 5);
        assertThat(carBottom()).isCloseTo(6f, within(0.05f));
        Mappers.BODY.get(simulation.controlled()).body.setTransform(20f, 1f + 0.95f, 0f);
        run(pause + 120);
        assertThat(carBottom()).as("it went down, found the T-800 under it, and went back up")
                .isGreaterThan(1f + TestContent.tuning().character("t800").height);
        TransformComponent player = Mappers.TRANSFORM.get(simulation.controlled());
        assertThat(player.y).as("not pushed into the floor").isGreaterThan(1.5f);
    }
}
