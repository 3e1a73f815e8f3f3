package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The T-1000 pours past people but not past a body whose def blocks it (the T-800): in a corridor too low to jump
 * over it, the T-800 braced between the T-1000 and John keeps it off him.
 */
class BodyBlockTest {
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    /** Floor at y = 1, ceiling at y = 3.2: 2.2 m of headroom, walls at both ends; John, the T-800, the T-1000. */
    private static TestLevels corridor() {
        return TestLevels.flat(30).solid(0f, 3.2f, 30f, 4f).wall(0f).wall(29f).john(3f).player(7f).t1000(16f);
    }

    @Test
    void theT800BlocksTheCorridorAndTheT1000CannotReachJohn() {
        simulation = new Simulation(corridor().build(), TestContent.tuning(), 1L);
        Entity t800 = simulation.controlled();
        Entity t1000 = simulation.t1000();
        // The player braces the T-800 against it (holds toward it), as in the film.
        ActionSet brace = new ActionSet();
        brace.add(com.judgmentday.input.Action.RIGHT);
        float closest = Float.MAX_VALUE;
        for (int i = 0; i < 60 * 5 && simulation.outcome() == Outcome.RUNNING; i++) {
            simulation.step(brace);
            closest = Math.min(closest, Mappers.TRANSFORM.get(t1000).x - Mappers.TRANSFORM.get(t800).x);
        }
        assertThat(simulation.outcome()).as("John is not caught: %s at tick %d, T-1000 %.2f, T-800 %.2f", simulation.outcomeReason(), simulation.tick(), Mappers.TRANSFORM.get(t1000).x, Mappers.TRANSFORM.get(t800).x).isEqualTo(Outcome.RUNNING);
        assertThat(closest).as("the T-1000 never gets past the T-800's body").isGreaterThan(0.3f);
        assertThat(Mappers.HEALTH.get(simulation.john()).health).isEqualTo(Mappers.HEALTH.get(simulation.john()).max);
        assertThat(closest).as("it came right up against the T-800's body").isLessThan(1.2f);
    }

    @Test
    void aStandingT800HoldsItsGroundLikeAWallWhenTheT1000PushesIntoIt() {
        simulation = new Simulation(corridor().build(), TestContent.tuning(), 1L);
        Entity t800 = simulation.controlled();
        Entity t1000 = simulation.t1000();
        ActionSet nothing = new ActionSet();
        // No one holds the T-800: it stands where it is while the T-1000 comes up against it and pushes.
        while (Mappers.TRANSFORM.get(t1000).x - Mappers.TRANSFORM.get(t800).x > 1.2f && simulation.tick() < 600) {
            simulation.step(nothing);
        }
        float start = Mappers.TRANSFORM.get(t800).x;
        float furthest = 0f;
        for (int i = 0; i < 60 * 5 && simulation.outcome() == Outcome.RUNNING; i++) {
            simulation.step(nothing);
            furthest = Math.max(furthest, Math.abs(Mappers.TRANSFORM.get(t800).x - start));
        }
        assertThat(simulation.tick()).as("the T-1000 came up against it").isLessThan(600 + 300);
        assertThat(furthest).as("pushed for 5 s, the T-800 gives less than 0.3 m").isLessThan(0.3f);
    }

    @Test
    void withoutTheT800InTheWayItPoursPastABystanderToJohn() {
        simulation = new Simulation(TestLevels.flat(30).solid(0f, 3.2f, 30f, 4f).wall(0f).wall(29f).john(3f).player(24f)
                .person(7f, "orderly").t1000(16f).build(), TestContent.tuning(), 1L);
        ActionSet nothing = new ActionSet();
        for (int i = 0; i < 60 * 10 && simulation.outcome() == Outcome.RUNNING; i++) {
            simulation.step(nothing);
        }
        assertThat(simulation.outcome()).as("blocking is the T-800's, from its def: John is caught")
                .isEqualTo(Outcome.LOSE);
    }

    @Test
    void droppedOnTheT800sHeadTheT1000SlipsDownRatherThanRidingIt() {
        simulation = new Simulation(TestLevels.flat(30).player(10f).t1000(20f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        Mappers.BODY.get(t1000).body.setTransform(10f, 4.2f, 0f);
        ActionSet nothing = new ActionSet();
        for (int i = 0; i < 90; i++) {
            simulation.step(nothing);
        }
        float feet = Mappers.TRANSFORM.get(t1000).y - Mappers.CHARACTER.get(t1000).height / 2f;
        assertThat(feet).as("on the floor, not on its head").isLessThan(1.2f);
    }
}
