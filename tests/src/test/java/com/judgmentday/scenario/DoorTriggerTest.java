package com.judgmentday.scenario;

import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.judgmentday.support.Hold.hold;
import static org.assertj.core.api.Assertions.assertThat;

/** A door whose trigger fires opens (the player walks on through it); its trigger must be a trigger that exists. */
class DoorTriggerTest {
    private static final String LEVEL = "src/test/resources/levels/door-trigger.tmx";

    @TempDir
    Path dir;

    @Test
    void walkingIntoTheTriggerOpensTheDoorAhead() {
        assertThat(new LevelLoader(TestContent.tuning()).check(LevelCatalog.resolve(LEVEL)).problems).isEmpty();
        Simulation simulation = Scenario.level(LEVEL).simulation();
        hold(simulation, 60 * 6, Action.RIGHT);
        assertThat(simulation.events().first(EventType.TRIGGER_FIRED).what).isEqualTo("threshold");
        assertThat(simulation.events().first(EventType.DOOR_OPENED).subject).isEqualTo("gate");
        // The door is at 13 m: the player is through it.
        assertThat(Mappers.TRANSFORM.get(simulation.controlled()).x).isGreaterThan(14f);
        simulation.dispose();
    }

    @Test
    void aDoorsTriggerMustNameATrigger() throws Exception {
        String map = Files.readString(Path.of(LEVEL)).replace("type=\"object\" value=\"3\"", "type=\"object\" value=\"6\"");
        assertThat(new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("t.tmx", map)).problems.toString())
                .contains("t.tmx:4 (door): 'trigger' points at object 6, a solid; it must be a trigger");
    }
}
