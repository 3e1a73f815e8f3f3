package com.judgmentday.systems;

import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelDef;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exit lets the player out only with every escort (John) there too, and an exit that opens when the T-1000
 * is gone only once it has melted; until then the player is told why.
 */
class ExitRulesTest {
    private static final ActionSet RIGHT = new ActionSet().add(Action.RIGHT);
    private static final ActionSet NOTHING = new ActionSet();

    private static Simulation run(LevelDef level, int ticks, ActionSet actions) {
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        for (int tick = 0; tick < ticks && simulation.outcome() == Outcome.RUNNING; tick++) {
            simulation.step(actions);
        }
        return simulation;
    }

    @Test
    void withoutJohnTheLevelIsWonAtTheExit() {
        Simulation simulation = run(TestLevels.flat(20f).exit(8f, 2f).build(), 240, RIGHT);
        assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        simulation.dispose();
    }

    @Test
    void johnLeftBehindKeepsTheExitShutAndThePlayerIsTold() {
        // A wall John can't get over (the T-800 can't either: it starts past it) keeps him from following. The floor
        // runs on past where five seconds of running take the player: off its end they would fall out of the level.
        LevelDef level = TestLevels.flat(60f).player(12f).john(2f).solid(6f, 1f, 7f, 19f).exit(20f, 2f).build();
        Simulation simulation = run(level, 300, RIGHT);
        assertThat(simulation.outcome()).isEqualTo(Outcome.RUNNING);
        GameEvent first = simulation.events().first(EventType.EXIT_WAITING);
        assertThat(first).isNotNull();
        assertThat(first.detail()).isEqualTo("not without John");
        int told = 0;
        for (GameEvent event : simulation.events().events()) {
            told += event.type == EventType.EXIT_WAITING ? 1 : 0;
        }
        assertThat(told).as("told once while standing there").isEqualTo(1);
        simulation.dispose();
    }

    @Test
    void waitingInTheExitForJohnMakesNoGarbageATick() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        LevelDef level = TestLevels.flat(30f).player(12f).john(2f).solid(6f, 1f, 7f, 19f).exit(20f, 2f).build();
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        while (simulation.tick() < 600 && simulation.events().first(EventType.EXIT_WAITING) == null) {
            simulation.step(RIGHT);
        }
        assertThat(simulation.events().first(EventType.EXIT_WAITING)).isNotNull();
        long allocated = 0;
        for (int tick = 0; tick < 600; tick++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            simulation.step(NOTHING);
            long after = threads.getCurrentThreadAllocatedBytes();
            allocated += tick >= 300 ? after - before : 0;
        }
        // Why the exit is shut was spelled out every tick (56 bytes of text), though it is told only once.
        assertThat(allocated / 300).as("bytes a tick standing in the exit").isZero();
        simulation.dispose();
    }

    @Test
    void withJohnAlongTheLevelIsWon() {
        Simulation simulation = new Simulation(TestLevels.flat(30f).john(1f).exit(20f, 2f).build(), TestContent.tuning(), 1L);
        for (int tick = 0; tick < 900 && simulation.outcome() == Outcome.RUNNING; tick++) {
            // Run to the exit and stand in it, as a player waiting for John would.
            simulation.step(Mappers.TRANSFORM.get(simulation.controlled()).x < 20.8f ? RIGHT : NOTHING);
        }
        assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        assertThat(simulation.outcomeReason()).contains("exit");
        simulation.dispose();
    }

    @Test
    void anExitThatOpensWhenTheT1000IsGoneStaysShutBeforeADelayedOneHasEvenArrived() {
        LevelDef level = TestLevels.flat(40f).t1000(38f).exit(8f, 2f).build();
        level.exits.first().opensWhenPursuerGone = true;
        level.spawn(com.judgmentday.level.SpawnDef.Kind.T1000).delay = 30f;
        Simulation simulation = run(level, 240, RIGHT);
        assertThat(simulation.outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(simulation.t1000()).as("not here yet").isNull();
        assertThat(simulation.events().first(EventType.EXIT_WAITING).detail()).isEqualTo("not while the T-1000 is out there");
        simulation.dispose();
    }

    @Test
    void anExitThatOpensWhenTheT1000IsGoneWaitsForItToMelt() {
        LevelDef level = TestLevels.flat(40f).t1000(38f).exit(8f, 2f).build();
        level.exits.first().opensWhenPursuerGone = true;
        Simulation simulation = run(level, 240, RIGHT);
        assertThat(simulation.outcome()).isNotEqualTo(Outcome.WIN);
        assertThat(simulation.events().first(EventType.EXIT_WAITING).detail()).isEqualTo("not while the T-1000 is out there");
        simulation.dispose();
    }

    @Test
    void aCharacterLeftStandingInTheExitDoesNotWinItForThePlayer() {
        // The T-800 waits in the exit for John, who is behind a wall; the player takes Sarah, past the exit.
        LevelDef level = TestLevels.flat(40f).player(19f).john(2f).solid(6f, 1f, 7f, 19f).exit(18f, 2f).build();
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        com.badlogic.ashley.core.Entity sarah = simulation.spawnCharacter("sarah", 32f, 1f);
        for (int tick = 0; tick < 30; tick++) {
            simulation.step(NOTHING);
        }
        assertThat(simulation.events().first(EventType.EXIT_WAITING)).as("the T-800 waits for John").isNotNull();
        simulation.control(sarah);
        simulation.step(NOTHING);
        // John turns up at the exit; the T-800 still stands in it, but the player is Sarah, far from it.
        Mappers.BODY.get(simulation.john()).body.setTransform(18.5f, 1.8f, 0f);
        for (int tick = 0; tick < 60; tick++) {
            simulation.step(NOTHING);
        }
        assertThat(simulation.events().first(EventType.LEVEL_EXIT)).as("only the one played wins at the exit").isNull();
        simulation.dispose();
    }

    @Test
    void aCharacterTakenOverWhileInTheExitIsInIt() {
        LevelDef level = TestLevels.flat(30f).player(4f).exit(18f, 2f).build();
        Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
        com.badlogic.ashley.core.Entity sarah = simulation.spawnCharacter("sarah", 19f, 1f);
        for (int tick = 0; tick < 30; tick++) {
            simulation.step(NOTHING);
        }
        assertThat(simulation.events().first(EventType.LEVEL_EXIT)).isNull();
        simulation.control(sarah);
        for (int tick = 0; tick < 30 && simulation.outcome() == Outcome.RUNNING; tick++) {
            simulation.step(NOTHING);
        }
        assertThat(simulation.events().first(EventType.LEVEL_EXIT)).as("she stands in it as she is taken over").isNotNull();
        simulation.dispose();
    }
}
