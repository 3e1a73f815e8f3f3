package com.judgmentday.ai;

import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.HealthComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * John follows the player by the ways his body can take (ladders, chains, lifts, jumps) over his own navigation
 * graph, keeps out of molten steel he would die in, and waits where he can't follow.
 */
class EscortRoutesTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    /** Starts the level, then puts the player up on (x, feet y) as if it had got there. */
    private void start(LevelDef level, float playerX, float playerFeet) {
        simulation = new Simulation(level, TestContent.tuning(), 1L);
        simulation.step(new ActionSet());
        Body body = Mappers.BODY.get(simulation.controlled()).body;
        body.setTransform(playerX, playerFeet + 0.95f + 0.05f, 0f);
        body.setLinearVelocity(0f, 0f);
    }

    private TransformComponent john(int seconds) {
        for (int tick = 0; tick < seconds * Simulation.TICKS_PER_SECOND; tick++) {
            simulation.step(new ActionSet());
        }
        return Mappers.TRANSFORM.get(simulation.john());
    }

    @Test
    void johnClimbsTheLadderTheT800WentUp() {
        // A ledge 5 m up from x = 10 m, reached only by the ladder at its foot.
        start(TestLevels.flat(30f).john(3f).solid(10f, 5.8f, 30f, 6f).ladder(9f, 1f, 0.6f, 5.2f).build(), 14f, 6f);
        TransformComponent john = john(15);
        assertThat(john.y).as("John is up on the ledge").isGreaterThan(6.5f);
        assertThat(Math.abs(john.x - 14f)).isLessThan(4f);
    }

    @Test
    void johnRidesTheLiftUpToTheGallery() {
        start(TestLevels.flat(30f).john(3f).elevator(9f, 1f, 7f, false).solid(10f, 6.8f, 30f, 7f).build(), 15f, 7f);
        TransformComponent john = john(20);
        assertThat(john.y).as("John rode up").isGreaterThan(7.5f);
    }

    @Test
    void johnStepsOntoTheCarThePlayerStandsOnAndRidesUpWithThem() {
        // A called lift waits at the floor; the player steps on beside John, and the car waits a moment before going.
        start(TestLevels.flat(30f).john(7f).elevator(10f, 1f, 7f, false).solid(11f, 6.8f, 30f, 7f).build(), 10f, 1.1f);
        TransformComponent john = john(6);
        assertThat(Mappers.TRANSFORM.get(simulation.controlled()).y).as("the player rode up").isGreaterThan(7.5f);
        assertThat(john.y).as("and John with them, not left below").isGreaterThan(7.5f);
    }

    @Test
    void johnWillNotWadeIntoMoltenSteelAfterThePlayerAndWaits() {
        // An 8 m pool across the floor: the player is put beyond it; John can't jump it.
        start(TestLevels.flat(40f).john(3f).molten(8f, 8f).build(), 20f, 1f);
        TransformComponent john = john(10);
        HealthComponent health = Mappers.HEALTH.get(simulation.john());
        assertThat(health.dead).isFalse();
        assertThat(john.x).as("John stays on his side").isLessThan(8f);
        assertThat(simulation.events().first(EventType.ESCORT_WAITING)).isNotNull();
    }

    @Test
    void johnWaitsAtTheEdgeOfASpillRatherThanWadeThroughIt() {
        // A pipe spills liquid nitrogen across the floor around x = 16, between John and the player, who is put
        // beyond it: by the time John gets there, it lies across his way.
        start(TestLevels.flat(40f).john(3f).nitrogenPipe(16f, 300f).build(), 26f, 1f);
        TransformComponent john = john(4);
        HealthComponent health = Mappers.HEALTH.get(simulation.john());
        assertThat(health.health).as("no frostbite").isEqualTo(health.max);
        float spillStarts = 16f;
        for (com.badlogic.ashley.core.Entity entity : simulation.engine().getEntities()) {
            if (Mappers.HAZARD.has(entity)) {
                spillStarts = Mappers.ZONE.get(entity).x;
            }
        }
        assertThat(john.x + 0.3f).as("John waits short of the spill").isLessThanOrEqualTo(spillStarts);
        assertThat(john(8).x).as("and goes on once it has boiled away").isGreaterThan(20f);
    }

    @Test
    void johnDoesNotWaitBesideThePlayerInAFiresHeat() {
        // The player stands just past a 2 m fire; John, close behind, would cook in its glow.
        start(TestLevels.flat(40f).john(3f).fire(10f, 2f).build(), 13f, 1f);
        john(20);
        HealthComponent health = Mappers.HEALTH.get(simulation.john());
        assertThat(health.dead).isFalse();
        assertThat(health.health).as("no more than a scorch").isGreaterThan(health.max * 0.75f);
    }

    @Test
    void johnJumpsTheGapThePlayerJumped() {
        // A 3 m gap in the floor, 6 m deep.
        start(TestLevels.flat(40f).solid(0f, 6f, 12f, 7f).solid(15f, 6f, 40f, 7f).john(3f).build(), 20f, 7f);
        Body johnBody = Mappers.BODY.get(simulation.john()).body;
        johnBody.setTransform(3f, 7f + 0.75f, 0f);
        TransformComponent john = john(10);
        assertThat(john.x).as("John is across").isGreaterThan(15f);
        assertThat(john.y).as("and up on the floor, not in the gap").isGreaterThan(7f);
    }
}
