package com.judgmentday.scenario;

import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Galleria's service corridor: the cop's scene starts once John hides and the player is down there with him, on
 * either side (a first-time player who walked on toward the EXIT sign, past John, waited there for a scene that only
 * started on his west side), and the goals say what to do next.
 */
class GalleriaTest {
    /** The arcade's entrance (Tim's warning), and the corridor east of John's hiding place, metres (feet). */
    private static final float ARCADE_X = 44.5f;
    private static final float MALL_FLOOR = 9f;
    private static final float EAST_OF_JOHN = 75f;
    /** The west end of John's hiding place between the vending machines. */
    private static final float NOOK = 63.2f;
    private static final float SERVICE_FLOOR = 3f;

    @Test
    void theCopComesRoundTheCornerWithThePlayerEastOfJohn() {
        Simulation simulation = new Simulation(LevelCatalog.load("galleria", TestContent.tuning()), TestContent.tuning(),
                1L, "arcade");
        try {
            put(simulation, ARCADE_X, MALL_FLOOR);
            long hid = stepUntil(simulation, EventType.CHARACTER_HID, 60 * 20);
            assertThat(hid).as("John runs down to hide").isPositive();
            ActionSet none = new ActionSet();
            for (int i = 0; i < 60 * 10 && Mappers.TRANSFORM.get(simulation.john()).x < NOOK; i++) {
                simulation.step(none);
            }
            long there = simulation.tick();
            put(simulation, EAST_OF_JOHN, SERVICE_FLOOR);
            long started = stepUntil(simulation, EventType.BEAT_STARTED, 60);
            assertThat(last(simulation, EventType.BEAT_STARTED)).isEqualTo("trapped");
            assertThat(started - there).isLessThan(30);
            assertThat(simulation.t1000()).isNotNull();
            // The corridor goal is met as the scene starts; the next says what to do.
            assertThat(last(simulation, EventType.OBJECTIVE_SHOWN)).isEqualTo("Shield John: stand between him and the cop's gun");
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void restartedInTheCorridorTheT800FacesTheCopWithJohnBehindIt() {
        // The checkpoint's facing: left, toward the corridor's west end where the cop comes in. John started west of
        // the T-800, between it and the cop, and a playtester lost him there nine times.
        Simulation simulation = new Simulation(LevelCatalog.load("galleria", TestContent.tuning()), TestContent.tuning(),
                1L, "corridor");
        try {
            assertThat(Mappers.CHARACTER.get(simulation.controlled()).facing).isEqualTo(-1);
            assertThat(Mappers.TRANSFORM.get(simulation.john()).x).as("John east of it")
                    .isGreaterThan(Mappers.TRANSFORM.get(simulation.controlled()).x);
        } finally {
            simulation.dispose();
        }
    }

    private static void put(Simulation simulation, float x, float feet) {
        Body body = Mappers.BODY.get(simulation.controlled()).body;
        body.setTransform(x, feet + Mappers.CHARACTER.get(simulation.controlled()).height / 2f, 0f);
        body.setLinearVelocity(0f, 0f);
    }

    /** Steps until an event of that type is told (its tick), at most {@code ticks}; -1 if none. */
    private static long stepUntil(Simulation simulation, EventType type, int ticks) {
        int seen = count(simulation, type);
        ActionSet none = new ActionSet();
        for (int i = 0; i < ticks; i++) {
            simulation.step(none);
            if (count(simulation, type) > seen) {
                return simulation.tick();
            }
        }
        return -1;
    }

    private static int count(Simulation simulation, EventType type) {
        int n = 0;
        for (GameEvent event : simulation.events().events()) {
            n += event.type == type ? 1 : 0;
        }
        return n;
    }

    /** The detail of the last event of that type (a beat's name, an objective's words), or null. */
    private static String last(Simulation simulation, EventType type) {
        String detail = null;
        for (GameEvent event : simulation.events().events()) {
            if (event.type == type) {
                detail = event.detail;
            }
        }
        return detail;
    }
}
