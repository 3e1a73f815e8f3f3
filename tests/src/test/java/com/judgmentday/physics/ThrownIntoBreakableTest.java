package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.judgmentday.support.Hold.hold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies thrown into breakables (breakable-thrown.tmx): a grenade throws a crate through the shop window; a crate
 * dropped a hand's breadth onto a skylight rests on it, one dropped from high goes through the other.
 */
class ThrownIntoBreakableTest {
    private static final String LEVEL = "src/test/resources/levels/breakable-thrown.tmx";

    @Test
    void aCrateBlownIntoTheWindowGoesThroughIt() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        List<GameEvent> events = LoadTest.record(simulation);
        Entity crate = crate(simulation, "crate#5");
        hold(simulation, 1, Action.FIRE);
        hold(simulation, 150);
        assertThat(LoadTest.first(events, EventType.EXPLOSION)).as("the grenade went off").isNotNull();
        GameEvent broken = broken(events, "shop window");
        assertThat(broken).as("the window broke").isNotNull();
        assertThat(broken.who()).as("who = what was thrown into it").isEqualTo("crate#5");
        assertThat(Mappers.TRANSFORM.get(crate).x).as("on through the window").isGreaterThan(15.75f);
        simulation.dispose();
    }

    @Test
    void aCrateDroppedGentlyRestsOnTheSkylightAndOneDroppedFromHighBreaksTheOther() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        List<GameEvent> events = LoadTest.record(simulation);
        hold(simulation, 180);
        assertThat(broken(events, "low skylight")).as("a crate falling half a metre").isNull();
        GameEvent high = broken(events, "high skylight");
        assertThat(high).as("a crate falling five metres").isNotNull();
        assertThat(high.who()).isEqualTo("crate#10");
        assertThat(Mappers.TRANSFORM.get(crate(simulation, "crate#8")).y).as("resting on the low skylight")
                .isBetween(3.4f, 3.6f);
        assertThat(Mappers.TRANSFORM.get(crate(simulation, "crate#10")).y).as("through the high one, on the floor")
                .isLessThan(2f);
        simulation.dispose();
    }

    private static Entity crate(Simulation simulation, String name) {
        for (Entity entity : simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.get(entity).name.equals(name)) {
                return entity;
            }
        }
        throw new AssertionError("no " + name);
    }

    private static GameEvent broken(List<GameEvent> events, String breakable) {
        return events.stream().filter(event -> event.type == EventType.BREAKABLE_BROKEN && breakable.equals(event.what))
                .findFirst().orElse(null);
    }
}
