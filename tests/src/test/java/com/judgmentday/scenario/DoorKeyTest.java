package com.judgmentday.scenario;

import com.judgmentday.ai.PathPlanner;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.RouteComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.nav.NavGraph;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key pick-up opens its door when the one carrying it touches the door: it stops blocking, John routes through
 * it (the exit won't open without him), and the validator counts on it only once the key can be reached.
 */
class DoorKeyTest {
    private static final String LEVEL = "src/test/resources/levels/door-key.tmx";

    @TempDir
    Path dir;

    @Test
    void theKeyOpensTheDoorAndJohnFollowsThrough() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        List<String> opened = new ArrayList<>();
        simulation.events().addListener(event -> {
            if (event.type == EventType.DOOR_OPENED) {
                opened.add(event.subject);
            }
        });
        ActionSet right = new ActionSet().add(Action.RIGHT);
        for (int tick = 0; tick < 60 * 20 && simulation.outcome() == Outcome.RUNNING; tick++) {
            simulation.step(right);
        }
        assertThat(opened).containsExactly("red door");
        assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        simulation.dispose();
    }

    @Test
    void theEdgesJohnGaveUpAreForgottenWhenTheDoorOpensAndHisGraphIsBuiltAgain() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        RouteComponent route = Mappers.ROUTE.get(simulation.john());
        NavGraph graph = simulation.escortRoutes(Mappers.CHARACTER.get(simulation.john()).def).graph();
        PathPlanner.ban(route, graph.edges(graph.node(0)).first(), 0L, Long.MAX_VALUE);
        ActionSet right = new ActionSet().add(Action.RIGHT);
        while (simulation.openings().size == 0 && simulation.tick() < 60 * 20) {
            assertThat(route.bannedUntil.size).as("banned until the level changes").isEqualTo(1);
            simulation.step(right);
        }
        simulation.step(right);
        assertThat(simulation.openings().size).as("the door opened").isEqualTo(1);
        assertThat(route.bannedUntil.size).as("a ban over the old graph means nothing on the new one").isZero();
        simulation.dispose();
    }

    @Test
    void theValidatorOpensADoorOnlyWhenItsKeyCanBeReached() throws Exception {
        assertThat(new LevelLoader(TestContent.tuning()).check(LevelCatalog.resolve(LEVEL)).problems).isEmpty();
        // The key behind its own door: the exit can't be reached.
        String map = Files.readString(Path.of(LEVEL)).replace("type=\"pickup\" x=\"224\"", "type=\"pickup\" x=\"544\"");
        assertThat(new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("k.tmx", map)).problems.toString())
                .contains("(exit): can't be reached");
    }
}
