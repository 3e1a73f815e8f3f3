package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.sim.Simulation;
import com.judgmentday.sim.StateHasher;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.judgmentday.support.Hold.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Loads on chains (load.tmx): the swinging crate knocks the guard down without killing him; a shot through the
 * beam's chain drops it and the player stands on it; a beat pushes the bucket, then drops it.
 */
class LoadTest {
    private static final String LEVEL = "src/test/resources/levels/load.tmx";

    @Test
    void theSwingingCrateKnocksTheGuardDownWithoutKillingHim() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        List<GameEvent> events = record(simulation);
        Entity guard = simulation.character("guard#8");
        hold(simulation, 90);
        GameEvent hit = first(events, EventType.LOAD_HIT);
        assertThat(hit).as("the crate struck someone").isNotNull();
        assertThat(hit.who()).isEqualTo("swinging crate");
        assertThat(hit.whom).isEqualTo("guard#8");
        assertThat(hit.amount).as("m/s it struck at").isGreaterThan(3f);
        assertThat(first(events, EventType.PERSON_DOWN).who()).isEqualTo("guard#8");
        assertThat(first(events, EventType.CASUALTY)).isNull();
        assertThat(Mappers.HEALTH.get(guard).dead).isFalse();
        assertThat(Mappers.HEALTH.get(guard).downTicks).isGreaterThan(0);
        simulation.dispose();
    }

    @Test
    void aShotThroughTheChainDropsTheBeamAndThePlayerStandsOnIt() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        List<GameEvent> events = record(simulation);
        Body beam = Mappers.BODY.get(load(simulation, "beam")).body;
        hold(simulation, 30);
        assertThat(beam.getPosition().y).as("hanging where the map drew it").isCloseTo(3.25f, within(0.05f));
        hold(simulation, 1, Action.FIRE);
        hold(simulation, 5);
        assertThat(first(events, EventType.LOAD_DROPPED).who()).isEqualTo("beam");
        hold(simulation, 120);
        assertThat(beam.getPosition().y).as("lying on the floor").isCloseTo(1.25f, within(0.05f));
        assertThat(beam.getJointList().size).isZero();
        Entity player = simulation.controlled();
        for (int tick = 0; tick < 120 && Mappers.TRANSFORM.get(player).x < 7.6f; tick++) {
            hold(simulation, 1, Action.RIGHT);
        }
        hold(simulation, 60);
        float feet = Mappers.TRANSFORM.get(player).y - Mappers.CHARACTER.get(player).height / 2f;
        assertThat(Mappers.TRANSFORM.get(player).x).isBetween(6.75f, 9.75f);
        assertThat(feet).as("standing on the beam's top").isCloseTo(1.5f, within(0.08f));
        simulation.dispose();
    }

    @Test
    void aBeatPushesTheBucketOnItsChainThenDropsIt() {
        Simulation simulation = Scenario.level(LEVEL).simulation();
        Body bucket = Mappers.BODY.get(load(simulation, "ingot bucket")).body;
        hold(simulation, 110);
        assertThat(bucket.getPosition().x).as("still before the beat").isCloseTo(31f, within(0.01f));
        hold(simulation, 50);
        assertThat(bucket.getPosition().x).as("pushed, it swings on its chain").isGreaterThan(31.3f);
        assertThat(Mappers.LOAD.get(load(simulation, "ingot bucket")).cut).isFalse();
        hold(simulation, 180);
        assertThat(Mappers.LOAD.get(load(simulation, "ingot bucket")).cut).isTrue();
        assertThat(bucket.getPosition().y).as("dropped to the floor").isCloseTo(1.75f, within(0.1f));
        simulation.dispose();
    }

    @Test
    void aBucketSwungIntoTheT1000KnocksItBack() {
        Simulation simulation = Scenario.level("src/test/resources/levels/load-t1000.tmx").simulation();
        List<GameEvent> events = record(simulation);
        hold(simulation, 90);
        GameEvent hit = first(events, EventType.LOAD_HIT);
        assertThat(hit).as("the bucket struck").isNotNull();
        assertThat(hit.whom).isEqualTo("t1000");
        assertThat(events.stream().anyMatch(event -> event.tick == hit.tick && (event.type == EventType.T1000_KNOCKED_BACK
                || event.type == EventType.T1000_BURST))).as("it splashed back").isTrue();
        simulation.dispose();
    }

    @Test
    void theSameRunGivesTheSameStateHash() {
        long[] hashes = new long[2];
        for (int run = 0; run < 2; run++) {
            Simulation simulation = Scenario.level(LEVEL).simulation();
            hold(simulation, 1, Action.FIRE);
            hold(simulation, 200, Action.RIGHT);
            hashes[run] = new StateHasher(simulation).hash(simulation);
            simulation.dispose();
        }
        assertThat(hashes[0]).isEqualTo(hashes[1]);
    }

    private static Entity load(Simulation simulation, String name) {
        for (Entity entity : simulation.engine().getEntitiesFor(
                com.badlogic.ashley.core.Family.all(com.judgmentday.components.LoadComponent.class).get())) {
            if (Mappers.IDENTITY.get(entity).name.equals(name)) {
                return entity;
            }
        }
        throw new AssertionError("no load " + name);
    }

    static List<GameEvent> record(Simulation simulation) {
        List<GameEvent> events = new ArrayList<>();
        simulation.events().addListener(events::add);
        return events;
    }

    static GameEvent first(List<GameEvent> events, EventType type) {
        return events.stream().filter(event -> event.type == type).findFirst().orElse(null);
    }
}
