package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.CharacterComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-way platform: the player jumps up through it, stands on it, and drops through with Down and Jump; the
 * validator's reachability (the game's navigation graph) agrees: the exit on the gallery is reached by way of them.
 */
class OneWayTest {
    private static final String LEVEL = "src/test/resources/levels/one-way.tmx";
    /** The floor's top and the catwalk's, metres (the map is 12 tiles high). */
    private static final float FLOOR = 1f;
    private static final float CATWALK = 3f;

    @Test
    void jumpUpThroughStandOnItAndDropThrough() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        Entity player = simulation.controlled();
        ActionSet nothing = new ActionSet();
        step(simulation, nothing, 30);
        assertThat(feet(player)).isCloseTo(FLOOR, org.assertj.core.data.Offset.offset(0.05f));
        step(simulation, new ActionSet().add(Action.JUMP), 1);
        step(simulation, nothing, 90);
        assertThat(feet(player)).as("up through the catwalk and standing on it").isCloseTo(CATWALK,
                org.assertj.core.data.Offset.offset(0.05f));
        step(simulation, new ActionSet().add(Action.DOWN).add(Action.JUMP), 1);
        step(simulation, nothing, 60);
        assertThat(feet(player)).as("dropped through").isCloseTo(FLOOR, org.assertj.core.data.Offset.offset(0.05f));
        simulation.dispose();
    }

    @Test
    void theValidatorReachesTheGalleryByThePlatforms() {
        LevelLoader.Checked checked = new LevelLoader(TestContent.tuning()).check(LevelCatalog.resolve(LEVEL));
        assertThat(checked.problems).isEmpty();
    }

    private static void step(Simulation simulation, ActionSet actions, int ticks) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(actions);
        }
    }

    private static float feet(Entity entity) {
        CharacterComponent character = Mappers.CHARACTER.get(entity);
        return Mappers.TRANSFORM.get(entity).y - character.height / 2f;
    }
}
