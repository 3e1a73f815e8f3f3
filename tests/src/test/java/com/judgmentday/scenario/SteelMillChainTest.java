package com.judgmentday.scenario;

import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The steel mill's chain up to the catwalk: climbed to the top, a press toward the landing steps onto it, no jump
 * needed (a first-time player fell back onto the belt pressing right at the top, when the chain ended below his feet).
 */
class SteelMillChainTest {
    /** The chain's middle, and the landing's top, metres (the map's 2262.4-2288 px and 256 px of 512). */
    private static final float CHAIN_X = 71.1f;
    private static final float LANDING_TOP = 8f;
    /** The slab belt's top, metres. */
    private static final float BELT_TOP = 4f;
    /** How far east of the chain's middle a climber walking in from the west takes hold, metres. */
    private static final float EAST_GRIP = 0.45f;

    @Test
    void climbedToTheTopAPressTowardTheLandingStepsOntoIt() {
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill", TestContent.tuning()), TestContent.tuning(),
                1L, "the mill");
        try {
            Body body = Mappers.BODY.get(simulation.controlled()).body;
            body.setTransform(CHAIN_X, 5f, 0f);
            step(simulation, 150, new ActionSet().add(Action.UP));
            step(simulation, 60, new ActionSet().add(Action.RIGHT));
            step(simulation, 30, new ActionSet());
            TransformComponent at = Mappers.TRANSFORM.get(simulation.controlled());
            float feet = at.y - Mappers.CHARACTER.get(simulation.controlled()).height / 2f;
            assertThat(at.x).as("off the chain, over the landing").isGreaterThan(CHAIN_X + 1f);
            assertThat(feet).as("standing on the landing, not back on the belt").isCloseTo(LANDING_TOP, within(0.15f));
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void grabbedWhileWalkingRightTheChainIsClimbedPastTheLandingsEdge() {
        // A first-time player walked right along the belt into the chain and pressed up: he hung on the chain's east
        // side, his head under the landing's edge, and climbed no further (five deaths). A climber is drawn in to
        // the chain's middle while no sideways key is held.
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill", TestContent.tuning()), TestContent.tuning(),
                1L, "the mill");
        try {
            Body body = Mappers.BODY.get(simulation.controlled()).body;
            // Walked in from the west, it takes hold with its middle east of the chain's.
            body.setTransform(CHAIN_X + EAST_GRIP, BELT_TOP + Mappers.CHARACTER.get(simulation.controlled()).height / 2f, 0f);
            step(simulation, 2, new ActionSet().add(Action.RIGHT).add(Action.UP));
            step(simulation, 150, new ActionSet().add(Action.UP));
            TransformComponent at = Mappers.TRANSFORM.get(simulation.controlled());
            float feet = at.y - Mappers.CHARACTER.get(simulation.controlled()).height / 2f;
            assertThat(feet).as("up past the landing's edge").isGreaterThan(LANDING_TOP);
            assertThat(at.x).as("on the chain's middle").isCloseTo(CHAIN_X, within(0.1f));
        } finally {
            simulation.dispose();
        }
    }

    private static void step(Simulation simulation, int ticks, ActionSet actions) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(actions);
        }
    }
}
