package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.judgmentday.bot.Bot;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WinchComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The pulley (beat 10): the T-800 hung from a hook over a vat (a beat's {@code hang}); Sarah, at the winch, holds
 * Interact and the hook goes down at the winch's 1.5 m/s; the T-800 sinks into the steel (no casualty, no loss), the
 * hook meets the steel, and {@code count 1 winch.bottomed} wins.
 */
class WinchTest {
    private static final String LEVEL = "src/test/resources/levels/winch.tmx";
    private static final String GROUND = "src/test/resources/levels/winch-ground.tmx";
    private static final ActionSet NOTHING = new ActionSet();
    private static final ActionSet RIGHT = new ActionSet().add(Action.RIGHT);
    private static final ActionSet INTERACT = new ActionSet().add(Action.INTERACT);

    private static void step(Simulation simulation, int ticks, ActionSet actions) {
        for (int i = 0; i < ticks && simulation.outcome() == Outcome.RUNNING; i++) {
            simulation.step(actions);
        }
    }

    /** Walks Sarah from her spawn into the winch's area and stops her there. */
    private static void toTheWinch(Simulation simulation) {
        step(simulation, 30, NOTHING);
        step(simulation, 40, RIGHT);
        step(simulation, 20, NOTHING);
    }

    private static Entity hook(Simulation simulation) {
        for (Entity entity : simulation.engine().getEntitiesFor(Family.all(LoadComponent.class).get())) {
            return entity;
        }
        throw new AssertionError("no load");
    }

    @Test
    void theT800HungAndLoweredIntoTheSteelSinksWithNoCasualtyAndTheBottomedWinchWins() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            Entity t800 = simulation.character("t800");
            toTheWinch(simulation);
            assertThat(Mappers.HUNG.get(t800)).as("hung by the beat").isNotNull();
            TransformComponent hook = Mappers.TRANSFORM.get(hook(simulation));
            assertThat(Mappers.TRANSFORM.get(t800).x).as("under the hook").isCloseTo(hook.x, within(0.01f));
            assertThat(Mappers.TRANSFORM.get(t800).y).as("below it").isLessThan(hook.y - 1f);
            step(simulation, 60 * 12, INTERACT);

            GameEvent started = simulation.events().first(EventType.WINCH_STARTED);
            assertThat(started).isNotNull();
            assertThat(started.subject).isEqualTo("sarah");
            assertThat(started.what).isEqualTo("pulley control");
            assertThat(simulation.events().events().select(e -> e.type == EventType.WINCH_STARTED)).hasSize(1);
            GameEvent sank = simulation.events().first(EventType.CHARACTER_SANK);
            assertThat(sank).isNotNull();
            assertThat(sank.subject).isEqualTo("t800");
            GameEvent bottomed = simulation.events().first(EventType.WINCH_BOTTOMED);
            assertThat(bottomed).isNotNull();
            // His feet touch the steel first (sank); it stops once his head has gone under, not metres of chain later.
            assertThat(bottomed.tick - sank.tick).as("it stops as the T-800 is under: lowering on shows nothing")
                    .isBetween(30L, 150L);
            assertThat(bottomed.detail()).isEqualTo("t800 hanging from hook sank into molten steel");
            // From 11.5 m down: the T-800 is under as the hook comes to the steel at 2 m.
            assertThat(bottomed.amount).isGreaterThan(5f).isLessThan(9.6f);
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
            assertThat(simulation.casualties()).isEmpty();
            assertThat(simulation.events().first(EventType.CHARACTER_DOWN)).isNull();
            assertThat(simulation.events().first(EventType.T800_SHUTDOWN)).isNull();
            assertThat(Mappers.BODY.get(t800).body.isActive()).as("gone from the world").isFalse();
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void theLoadGoesDownOnlyWhileInteractIsHeldAtTheWinch() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            step(simulation, 30, INTERACT);
            float y = Mappers.TRANSFORM.get(hook(simulation)).y;
            assertThat(Mappers.LOAD.get(hook(simulation)).joint.getBodyA().getType()).as("its anchor as the map made it")
                    .isEqualTo(com.badlogic.gdx.physics.box2d.BodyDef.BodyType.StaticBody);
            step(simulation, 60, INTERACT);
            assertThat(Mappers.TRANSFORM.get(hook(simulation)).y).as("away from the winch, Interact does nothing")
                    .isCloseTo(y, within(0.001f));
            assertThat(simulation.events().first(EventType.WINCH_STARTED)).isNull();

            toTheWinch(simulation);
            step(simulation, 60, INTERACT);
            float lowered = Mappers.TRANSFORM.get(hook(simulation)).y;
            assertThat(lowered).as("a second at 1.5 m/s").isCloseTo(y - 1.5f, within(0.05f));
            step(simulation, 60, NOTHING);
            assertThat(Mappers.TRANSFORM.get(hook(simulation)).y).as("let go, it stops where it is")
                    .isCloseTo(lowered, within(0.02f));
            Entity t800 = simulation.character("t800");
            assertThat(Mappers.TRANSFORM.get(t800).x).as("still hanging").isCloseTo(
                    Mappers.TRANSFORM.get(hook(simulation)).x, within(0.01f));
            assertThat(simulation.events().first(EventType.CHARACTER_SANK)).isNull();
            assertThat(simulation.outcome()).isEqualTo(Outcome.RUNNING);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void aLockedWinchTurnsForNobodyUntilABeatOpensIt() {
        Simulation simulation = Scenario.level("src/test/resources/levels/winch-locked.tmx").simulation();
        try {
            float y = Mappers.TRANSFORM.get(hook(simulation)).y;
            toTheWinch(simulation);
            step(simulation, 60, INTERACT);
            assertThat(Mappers.TRANSFORM.get(hook(simulation)).y).as("locked").isCloseTo(y, within(0.001f));
            assertThat(simulation.events().first(EventType.WINCH_STARTED)).isNull();
            step(simulation, 60, INTERACT);
            assertThat(simulation.events().first(EventType.WINCH_STARTED)).as("opened at 3 s").isNotNull();
            assertThat(Mappers.TRANSFORM.get(hook(simulation)).y).isLessThan(y - 0.5f);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void atItsDefaultsAWinchPaysOutSixMetresAtPointSixAndStopsWhereTheChainEndsOrTheGroundIs() {
        Simulation simulation = Scenario.level(GROUND).simulation();
        try {
            Entity high = winch(simulation, "high winch");
            Entity low = winch(simulation, "low winch");
            step(simulation, 20, NOTHING);
            walkTo(simulation, high, Action.LEFT);
            step(simulation, 300, INTERACT);
            assertThat(Mappers.WINCH.get(high).paid).as("5 s at 0.6 m/s").isCloseTo(3f, within(0.02f));
            step(simulation, 360, INTERACT);
            GameEvent chainOut = simulation.events().first(EventType.WINCH_BOTTOMED);
            assertThat(chainOut).isNotNull();
            assertThat(chainOut.what).isEqualTo("high winch");
            assertThat(chainOut.detail()).isEqualTo("all 6.0 m of its chain paid out");
            assertThat(Mappers.WINCH.get(high).paid).isEqualTo(6f);
            float y = Mappers.TRANSFORM.get(load(simulation, "high crate")).y;
            step(simulation, 60, INTERACT);
            assertThat(Mappers.TRANSFORM.get(load(simulation, "high crate")).y).as("bottomed, it turns no more")
                    .isCloseTo(y, within(0.01f));

            walkTo(simulation, low, Action.RIGHT);
            step(simulation, 60 * 6, INTERACT);
            GameEvent ground = simulation.events().events().select(e -> e.type == EventType.WINCH_BOTTOMED
                    && "low winch".equals(e.what)).iterator().next();
            assertThat(ground.detail()).isEqualTo("low crate met the ground");
            // Hung with its bottom 2 m over the floor: about 2 m of chain out when it lands.
            assertThat(ground.amount).isCloseTo(2f, within(0.1f));
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        } finally {
            simulation.dispose();
        }
    }

    private static void walkTo(Simulation simulation, Entity winch, Action direction) {
        ActionSet walk = new ActionSet().add(direction);
        for (int i = 0; i < 600 && !Mappers.WINCH.get(winch).manned; i++) {
            simulation.step(walk);
        }
        step(simulation, 30, NOTHING);
        assertThat(Mappers.WINCH.get(winch).manned).as("at the winch").isTrue();
    }

    private static Entity winch(Simulation simulation, String name) {
        for (Entity entity : simulation.engine().getEntitiesFor(Family.all(WinchComponent.class).get())) {
            if (Mappers.IDENTITY.get(entity).name.equals(name)) {
                return entity;
            }
        }
        throw new AssertionError("no winch " + name);
    }

    private static Entity load(Simulation simulation, String name) {
        for (Entity entity : simulation.engine().getEntitiesFor(Family.all(LoadComponent.class).get())) {
            if (Mappers.LOAD.get(entity).def.name.equals(name)) {
                return entity;
            }
        }
        throw new AssertionError("no load " + name);
    }

    @Test
    void theBotTurnsTheWinchEachObjectiveNamesTheFartherFirst() {
        Simulation simulation = Scenario.level(GROUND).simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "average", 1L);
            ActionSet keys = new ActionSet();
            for (int i = 0; i < 60 * 40 && simulation.outcome() == Outcome.RUNNING; i++) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                simulation.step(keys);
            }
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
            assertThat(simulation.events().first(EventType.WINCH_STARTED).what).as("the first objective's, not the nearer")
                    .isEqualTo("low winch");
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void theBotLowersTheLoadWhenTheObjectiveAsksForTheWinchToBottom() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "average", 1L);
            ActionSet keys = new ActionSet();
            for (int i = 0; i < 60 * 30 && simulation.outcome() == Outcome.RUNNING; i++) {
                keys.clear();
                bot.poll(simulation.tick(), keys);
                simulation.step(keys);
            }
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
            assertThat(simulation.events().first(EventType.CHARACTER_SANK)).isNotNull();
            assertThat(simulation.casualties()).isEmpty();
        } finally {
            simulation.dispose();
        }
    }
}
