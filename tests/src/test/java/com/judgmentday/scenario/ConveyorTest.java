package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A conveyor carries what stands on it at its speed: the player standing still, a crate, and against a walk. */
class ConveyorTest {
    private static final String LEVEL = "src/test/resources/levels/conveyor.tmx";

    @Test
    void theBeltCarriesThePlayerStandingStillAndACrate() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        ActionSet nothing = new ActionSet();
        step(simulation, nothing, 30);
        float playerFrom = x(simulation.controlled());
        float crateFrom = x(crate(simulation));
        step(simulation, nothing, 60);
        // A second on a 3 m/s belt: carried nearly 3 m, standing still.
        assertThat(x(simulation.controlled()) - playerFrom).isBetween(2.5f, 3.2f);
        assertThat(x(crate(simulation)) - crateFrom).isBetween(2.0f, 3.2f);
        simulation.dispose();
    }

    @Test
    void walkingAgainstABeltIsSlowerThanWalkingOnTheFloor() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        ActionSet right = new ActionSet().add(Action.RIGHT);
        // Off the east belt and onto the bare floor between the belts, then onto the west-running belt.
        float floorSpeed = 0f;
        float beltSpeed = 0f;
        for (int tick = 0; tick < 60 * 8 && x(simulation.controlled()) < 33f; tick++) {
            float before = x(simulation.controlled());
            simulation.step(right);
            float x = x(simulation.controlled());
            if (x > 19f && x < 21f) {
                floorSpeed = (x - before) * 60f;
            } else if (x > 26f && x < 31f) {
                beltSpeed = (x - before) * 60f;
            }
        }
        assertThat(floorSpeed).isGreaterThan(6f);
        assertThat(beltSpeed).isBetween(floorSpeed - 2.3f, floorSpeed - 1.7f);
        simulation.dispose();
    }

    private static void step(Simulation simulation, ActionSet actions, int ticks) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(actions);
        }
    }

    private static float x(Entity entity) {
        return Mappers.TRANSFORM.get(entity).x;
    }

    private static Entity crate(Simulation simulation) {
        for (Entity entity : simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.get(entity).kind == EntityKind.CRATE) {
                return entity;
            }
        }
        throw new AssertionError("no crate");
    }
}
