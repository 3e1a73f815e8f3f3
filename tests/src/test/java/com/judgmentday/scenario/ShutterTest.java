package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.DoorComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.judgmentday.support.Hold.hold;
import static com.judgmentday.support.Hold.holdWhileRunning;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A door with {@code opensSeconds} is a roller shutter: worked, it rises ({@code door.rising}) for that long, blocking
 * all the while, and opens when it is up; worked again by a toggle while it rises, it drops shut.
 */
class ShutterTest {
    private static final String LEVEL = "src/test/resources/levels/shutter.tmx";
    /** The shutter's west face, metres. */
    private static final float DOOR = 13f;

    @TempDir
    Path dir;

    @Test
    void itRisesForItsSecondsBlockingThenOpens() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        throwTheLever(simulation);
        GameEvent rising = simulation.events().first(EventType.DOOR_RISING);
        assertThat(rising).isNotNull();
        assertThat(rising.what).isEqualTo("blast door");
        assertThat(rising.amount).isEqualTo(3f);
        long from = rising.tick;

        // Pressing on into it for two and a half seconds: it is rising, and it still blocks.
        hold(simulation, 150, Action.RIGHT);
        DoorComponent door = Mappers.DOOR.get(door(simulation));
        assertThat(door.open).isFalse();
        assertThat(door.lift()).isBetween(0.7f, 0.95f);
        assertThat(Mappers.TRANSFORM.get(simulation.controlled()).x).isLessThan(DOOR);

        holdWhileRunning(simulation, 60 * 10, Action.RIGHT);
        GameEvent opened = simulation.events().first(EventType.DOOR_OPENED);
        assertThat(opened.tick - from).isBetween(179L, 181L);
        assertThat(opened.detail()).isEqualTo("a switch");
        assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
        simulation.dispose();
    }

    @Test
    void aToggleWhileItRisesDropsItShut() throws Exception {
        String map = Files.readString(Path.of(LEVEL)).replace("<property name=\"doors\" value=\"blast door\"/>",
                "<property name=\"doors\" value=\"blast door\"/><property name=\"action\" value=\"toggle\"/>"
                        + "<property name=\"once\" type=\"bool\" value=\"false\"/>");
        Simulation simulation = Scenario.level(new TestMaps(dir).write("toggle.tmx", map).toString()).simulation();
        throwTheLever(simulation);
        hold(simulation, 60);
        assertThat(Mappers.DOOR.get(door(simulation)).rising).isTrue();
        hold(simulation, 2, Action.INTERACT);
        hold(simulation, 60 * 4);

        DoorComponent door = Mappers.DOOR.get(door(simulation));
        assertThat(door.rising).isFalse();
        assertThat(door.lift()).isZero();
        assertThat(simulation.events().first(EventType.DOOR_CLOSED)).isNotNull();
        assertThat(simulation.events().first(EventType.DOOR_OPENED)).isNull();
        simulation.dispose();
    }

    @Test
    void aCrankRaisesItOnlyWhileInteractIsHeldAtItFiringOrNot() throws Exception {
        // The Galleria's shutter stand played like its other holds ("stand still and tap J"): wound up by hand, it ties
        // the player to the button (firing as it winds: round 19's tester, told to let go to fight, died three times).
        String map = Files.readString(Path.of(LEVEL)).replace("<property name=\"doors\" value=\"blast door\"/>",
                "<property name=\"doors\" value=\"blast door\"/><property name=\"crank\" type=\"bool\" value=\"true\"/>");
        Simulation simulation = Scenario.level(new TestMaps(dir).write("crank.tmx", map).toString()).simulation();
        hold(simulation, 1);
        // A crank's door is one from the start, whatever opens it (a trigger's or a beat's opening needs winding too).
        assertThat(Mappers.DOOR.get(door(simulation)).crank).isTrue();
        throwTheLever(simulation);
        DoorComponent door = Mappers.DOOR.get(door(simulation));
        assertThat(door.rising).as("the first press sets it going").isTrue();
        float started = door.lift();

        hold(simulation, 60);
        assertThat(door.lift()).as("let go, it stays where it is").isEqualTo(started);

        hold(simulation, 60, Action.INTERACT);
        float wound = door.lift();
        assertThat(wound - started).as("a second of winding: a third of its three").isBetween(0.3f, 0.36f);

        hold(simulation, 60, Action.INTERACT, Action.FIRE);
        assertThat(door.lift() - wound).as("firing, it winds on").isBetween(0.3f, 0.36f);
        wound = door.lift();
        hold(simulation, 60, Action.RIGHT);
        hold(simulation, 60, Action.INTERACT);
        assertThat(door.lift()).as("out of its reach, holding Interact does nothing").isEqualTo(wound);

        while (Mappers.TRANSFORM.get(simulation.controlled()).x > 6.6f) {
            hold(simulation, 1, Action.LEFT);
        }
        hold(simulation, 60 * 3, Action.INTERACT);
        assertThat(door.open).isTrue();
        assertThat(simulation.events().first(EventType.DOOR_OPENED)).isNotNull();
        simulation.dispose();
    }

    private static void throwTheLever(Simulation simulation) {
        while (Mappers.TRANSFORM.get(simulation.controlled()).x < 6.6f) {
            hold(simulation, 1, Action.RIGHT);
        }
        hold(simulation, 30);
        hold(simulation, 2, Action.INTERACT);
    }

    private static Entity door(Simulation simulation) {
        for (Entity entity : simulation.engine().getEntities()) {
            if (Mappers.DOOR.has(entity)) {
                return entity;
            }
        }
        throw new AssertionError("no door");
    }
}
