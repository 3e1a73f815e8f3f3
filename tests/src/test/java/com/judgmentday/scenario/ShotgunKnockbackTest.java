package com.judgmentday.scenario;

import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shell up close throws the T-1000 metres down the Galleria's corridor (it slides on, braking at the pursuit's
 * knockbackBrake, not its running brake: a playtester saw four point-blank shells move it a body's width and could
 * not "blast it back"); from across the corridor the pellets have lost their punch (impulseAtRange) and the weaker blow
(short of knockbackFull) throws it slower: it is pushed a step.
 */
class ShotgunKnockbackTest {
    @Test
    void upCloseAShellThrowsItMetres() {
        float moved = shoot(1.6f);
        assertThat(moved).as("thrown back, metres").isGreaterThan(2.5f);
    }

    @Test
    void fromAcrossTheCorridorItIsPushedOnlyAStep() {
        float far = shoot(12f);
        assertThat(far).as("pushed, metres").isBetween(0.1f, 1.2f);
        assertThat(shoot(6f)).as("halfway: between the two").isBetween(far, shoot(1.6f));
    }

    /** How far one shell from {@code metres} away (east of it, facing west) moves the T-1000, metres. */
    private static float shoot(float metres) {
        Simulation simulation = corridor();
        try {
            float before = Mappers.TRANSFORM.get(simulation.t1000()).x;
            int from = fire(simulation, metres);
            assertThat(count(simulation, EventType.T1000_KNOCKED_BACK, from)).isEqualTo(1);
            return before - Mappers.TRANSFORM.get(simulation.t1000()).x;
        } finally {
            simulation.dispose();
        }
    }

    /** Restarted in the corridor, the cop held 2 s where it came in, 3 m east of the plaster wall. */
    private static Simulation corridor() {
        Simulation simulation = new Simulation(LevelCatalog.load("galleria", TestContent.tuning()), TestContent.tuning(), 1L,
                "corridor");
        for (int i = 0; i < 30; i++) {
            simulation.step(new ActionSet());
        }
        return simulation;
    }

    /** Puts the T-800 {@code metres} east of it facing it, fires once, lets 40 ticks pass; the events' index before. */
    private static int fire(Simulation simulation, float metres) {
        Body me = Mappers.BODY.get(simulation.controlled()).body;
        me.setTransform(Mappers.TRANSFORM.get(simulation.t1000()).x + metres, me.getPosition().y, 0f);
        simulation.step(new ActionSet().add(Action.LEFT));
        for (int i = 0; i < 3; i++) {
            simulation.step(new ActionSet());
        }
        int from = simulation.events().events().size;
        simulation.step(new ActionSet().add(Action.FIRE));
        for (int i = 0; i < 40; i++) {
            simulation.step(new ActionSet());
        }
        return from;
    }

    private static int count(Simulation simulation, EventType type, int from) {
        int n = 0;
        for (int i = from; i < simulation.events().events().size; i++) {
            n += simulation.events().events().get(i).type == type ? 1 : 0;
        }
        return n;
    }
}
