package com.judgmentday.scenario;

import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
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

import static com.judgmentday.support.Hold.hold;
import static com.judgmentday.support.Hold.holdWhileRunning;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wall switch thrown with Interact opens the door it names (the way to the exit), reports {@code switch.thrown}
 * and shows its lever thrown; without it the door stays shut; the validator counts on a reachable switch.
 */
class SwitchTest {
    private static final String LEVEL = "src/test/resources/levels/switch.tmx";

    @TempDir
    Path dir;

    @Test
    void interactAtTheSwitchOpensTheDoorAndThePlayerWalksOut() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        List<GameEvent> seen = new ArrayList<>();
        simulation.events().addListener(event -> {
            if (event.type == EventType.SWITCH_THROWN || event.type == EventType.DOOR_OPENED) {
                seen.add(event);
            }
        });
        // From x 3 m to the lever at 7 m, then press E once.
        while (Mappers.TRANSFORM.get(simulation.controlled()).x < 6.6f) {
            hold(simulation, 1, Action.RIGHT);
        }
        hold(simulation, 30);
        hold(simulation, 1, Action.INTERACT);
        hold(simulation, 1);
        holdWhileRunning(simulation, 60 * 10, Action.RIGHT);

        assertThat(seen).extracting(event -> event.type).containsExactly(EventType.SWITCH_THROWN, EventType.DOOR_OPENED);
        assertThat(seen.get(0).what).isEqualTo("lever");
        assertThat(seen.get(0).subject).isEqualTo(Mappers.IDENTITY.get(simulation.controlled()).name);
        assertThat(seen.get(1).subject).isEqualTo("blast door");
        assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        simulation.dispose();
    }

    @Test
    void withoutTheSwitchTheDoorStaysShut() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        hold(simulation, 60 * 10, Action.RIGHT, Action.INTERACT);
        // Holding E walking past is one press, far from the lever: nothing is thrown.
        assertThat(simulation.events().first(EventType.SWITCH_THROWN)).isNull();
        assertThat(simulation.events().first(EventType.DOOR_OPENED)).isNull();
        assertThat(simulation.outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(Mappers.TRANSFORM.get(simulation.controlled()).x).isLessThan(13f);
        simulation.dispose();
    }

    @Test
    void theValidatorOpensTheDoorOnlyWhenItsSwitchCanBeReached() throws Exception {
        assertThat(new LevelLoader(TestContent.tuning()).check(LevelCatalog.resolve(LEVEL)).problems).isEmpty();
        // The lever behind its own door: the exit can't be reached.
        String map = Files.readString(Path.of(LEVEL)).replace("type=\"switch\" x=\"216\"", "type=\"switch\" x=\"544\"");
        assertThat(new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("s.tmx", map)).problems.toString())
                .contains("(exit): can't be reached");
        // The lever high on the wall, out of every reach: the game would never throw it, so neither does the search.
        String high = Files.readString(Path.of(LEVEL)).replace("type=\"switch\" x=\"216\" y=\"232\"",
                "type=\"switch\" x=\"216\" y=\"40\"");
        assertThat(new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("h.tmx", high)).problems.toString())
                .contains("(exit): can't be reached");
    }

    @Test
    void aSwitchNamingNoDoorIsRefusedWithTheClosestName() throws Exception {
        String map = Files.readString(Path.of(LEVEL)).replace("value=\"blast door\"", "value=\"blast dor\"");
        assertThat(new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("n.tmx", map)).problems.toString())
                .contains("its door 'blast dor' matches no door's Name; did you mean 'blast door'?");
    }

    @Test
    void aToggleSwitchShutsTheDoorAgainAndATriggerHearsItThrown() throws Exception {
        String map = Files.readString(Path.of(LEVEL))
                .replace("<property name=\"doors\" value=\"blast door\"/>", "<property name=\"doors\" value=\"blast door\"/>"
                        + "<property name=\"action\" value=\"toggle\"/><property name=\"once\" type=\"bool\" value=\"false\"/>")
                .replace("</objectgroup>", "<object id=\"9\" name=\"heard\" type=\"trigger\" x=\"0\" y=\"0\"><properties>"
                        + "<property name=\"when\" value=\"event\"/><property name=\"event\" value=\"switch.thrown\"/>"
                        + "<property name=\"what\" value=\"lever\"/></properties><point/></object></objectgroup>");
        Simulation simulation = Scenario.level(new TestMaps(dir).write("toggle.tmx", map).toString()).simulation();
        List<EventType> seen = new ArrayList<>();
        simulation.events().addListener(event -> {
            if (event.type == EventType.DOOR_OPENED || event.type == EventType.DOOR_CLOSED
                    || event.type == EventType.TRIGGER_FIRED) {
                seen.add(event.type);
            }
        });
        while (Mappers.TRANSFORM.get(simulation.controlled()).x < 6.6f) {
            hold(simulation, 1, Action.RIGHT);
        }
        hold(simulation, 30);
        hold(simulation, 2, Action.INTERACT);
        hold(simulation, 2);
        hold(simulation, 2, Action.INTERACT);
        hold(simulation, 2);

        assertThat(seen).containsExactly(EventType.DOOR_OPENED, EventType.TRIGGER_FIRED, EventType.DOOR_CLOSED);
        assertThat(simulation.events().first(EventType.TRIGGER_FIRED).what).isEqualTo("heard");
        simulation.dispose();
    }
}
