package com.judgmentday.physics;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.core.Family;
import com.judgmentday.components.HazardComponent;
import com.judgmentday.components.LiquidComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.content.HeatDef;
import com.judgmentday.content.MaterialDef;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Integration: nitrogen spills on real floors, and the T-1000 freezing, thawing and melting in a real world. */
class TemperatureTest {
    private final HeatDef heat = TestContent.tuning().heat;
    private final MaterialDef material = TestContent.tuning().t1000Material;
    private final ActionSet idle = new ActionSet();
    private Simulation simulation;

    @AfterEach
    void tearDown() {
        if (simulation != null) {
            simulation.dispose();
        }
    }

    private void run(int ticks) {
        for (int i = 0; i < ticks; i++) {
            simulation.step(idle);
        }
    }

    private Entity hazard() {
        return simulation.engine().getEntitiesFor(Family.all(HazardComponent.class).get()).first();
    }

    @Test
    void aSpillRunsAlongTheFloorAWallTurnsItAndItBoilsAway() {
        float litres = 1500f;
        simulation = new Simulation(TestLevels.flat(60).nitrogenPipe(20f, litres).wall(23f).build(), TestContent.tuning(), 1L);
        run(2);
        ZoneComponent spill = Mappers.ZONE.get(hazard());
        assertThat(spill.y).as("lies on the floor, not at the pipe").isCloseTo(1f, within(0.01f));
        run(5 * Simulation.TICKS_PER_SECOND);
        float width = heat.spillWidth(litres - 5 * heat.evaporationLitresPerSecond);
        assertThat(spill.x + spill.width).as("stopped by the wall").isCloseTo(23f, within(0.01f));
        assertThat(spill.width).as("what the wall holds back runs the other way").isCloseTo(width, within(0.1f));
        run(Math.round((litres / heat.evaporationLitresPerSecond) * Simulation.TICKS_PER_SECOND));
        assertThat(spill.width).as("boiled away").isZero();
        assertThat(Mappers.HAZARD.get(hazard()).spilling).isFalse();
    }

    @Test
    void crossingASpillFreezesTheT1000WhereItStandsUntilItThaws() {
        simulation = new Simulation(TestLevels.flat(60).t1000(40f).nitrogenPipe(22f, 2000f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        LiquidComponent liquid = Mappers.LIQUID.get(t1000);
        for (int i = 0; i < 20 * Simulation.TICKS_PER_SECOND && liquid.material != Material.FROZEN; i++) {
            run(1);
        }
        assertThat(liquid.material).isEqualTo(Material.FROZEN);
        float frozenAt = Mappers.TRANSFORM.get(t1000).x;
        run(Simulation.TICKS_PER_SECOND / 2);
        float stopped = Mappers.TRANSFORM.get(t1000).x;
        run(2 * Simulation.TICKS_PER_SECOND);
        assertThat(Mappers.TRANSFORM.get(t1000).x).as("frozen in place").isCloseTo(stopped, within(0.02f));
        assertThat(Math.abs(stopped - frozenAt)).as("it slides to a stop").isLessThan(1f);
        run(80 * Simulation.TICKS_PER_SECOND);
        assertThat(liquid.material).as("the spill boiled away and the air warmed it").isEqualTo(Material.LIQUID);
        assertThat(Mappers.TRANSFORM.get(t1000).x).as("and it hunts again").isLessThan(stopped - 3f);
        GameEvent chilled = simulation.events().first(EventType.T1000_CHILLED);
        GameEvent frozen = simulation.events().first(EventType.T1000_FROZEN);
        GameEvent thawed = simulation.events().first(EventType.T1000_THAWED);
        assertThat(chilled.tick).isLessThan(frozen.tick);
        assertThat(frozen.tick).isLessThan(thawed.tick);
    }

    @Test
    void inMoltenSteelItThrashesThroughItsFormsAndIsGoneForGood() {
        simulation = new Simulation(TestLevels.flat(40).john(4f).t1000(30f).vat(29f, 2f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        run(3 * Simulation.TICKS_PER_SECOND + material.meltTicks);
        GameEvent melting = simulation.events().first(EventType.T1000_MELTING);
        GameEvent melted = simulation.events().first(EventType.T1000_MELTED);
        assertThat(melting).isNotNull();
        assertThat(melted.tick - melting.tick).isEqualTo(material.meltTicks);
        assertThat(melted.detail()).contains("police");
        assertThat(Mappers.BODY.get(t1000).body.isActive()).as("out of the world").isFalse();
        run(30 * Simulation.TICKS_PER_SECOND);
        assertThat(Mappers.LIQUID.get(t1000).material).as("never re-forms").isEqualTo(Material.MELTED);
        assertThat(simulation.events().first(EventType.T1000_HIT)).isNull();
        assertThat(simulation.events().first(EventType.T1000_REACHED)).isNull();
    }

    @Test
    void theT1000LeapsOverMoltenSteelRatherThanWadingIn() {
        simulation = new Simulation(TestLevels.flat(40).john(4f).t1000(30f).molten(15f, 3f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        for (int i = 0; i < 20 * Simulation.TICKS_PER_SECOND; i++) {
            run(1);
            assertThat(Mappers.HEAT.get(t1000).inMolten).as("tick %d", simulation.tick()).isFalse();
        }
        assertThat(simulation.events().first(EventType.T1000_MELTING)).isNull();
        assertThat(simulation.events().first(EventType.T1000_REACHED)).as("it crossed to John").isNotNull();
    }

    @Test
    void shardsThatLandInMoltenSteelAreLostAndTheRestReform() {
        simulation = new Simulation(TestLevels.flat(40).loadout("shotgun").t1000(5f).molten(6f, 6f).build(),
                TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        Mappers.HEAT.get(t1000).celsius = heat.nitrogenCelsius;
        run(2);
        assertThat(Mappers.LIQUID.get(t1000).material).isEqualTo(Material.FROZEN);
        ActionSet fire = new ActionSet().add(com.judgmentday.input.Action.FIRE);
        simulation.step(fire);
        run(1);
        assertThat(simulation.events().first(EventType.T1000_SHATTERED)).as("the shotgun shatters it").isNotNull();
        run(40 * Simulation.TICKS_PER_SECOND);
        int lost = 0;
        for (GameEvent event : simulation.events().events()) {
            lost += event.type == EventType.T1000_FRAGMENT_LOST ? 1 : 0;
        }
        assertThat(lost).as("thrown into the steel").isPositive();
        GameEvent thawed = simulation.events().first(EventType.T1000_THAWED);
        assertThat(thawed.detail()).isEqualTo((material.fragments - lost) + " droplets");
        assertThat(simulation.events().first(EventType.T1000_REFORMED)).isNotNull();
        assertThat(Mappers.HEAT.get(t1000).inMolten).isFalse();
    }

    @Test
    void ifEveryDropletFallsIntoMoltenSteelWhileReformingItIsGoneAndNeverStandsUp() {
        simulation = new Simulation(TestLevels.flat(60).loadout("pistol").t1000(5f).molten(30f, 10f).build(),
                TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        Mappers.HEAT.get(t1000).celsius = material.frozenBelow - 5f;
        run(2);
        simulation.step(new ActionSet().add(com.judgmentday.input.Action.FIRE));
        run(1);
        assertThat(Mappers.LIQUID.get(t1000).material).isEqualTo(Material.SHATTERED);
        while (Mappers.LIQUID.get(t1000).material == Material.SHATTERED && simulation.tick() < 60 * 60) {
            run(1);
        }
        assertThat(Mappers.LIQUID.get(t1000).material).isEqualTo(Material.REFORMING);
        // Every droplet, still apart, drops into the pool at once.
        float x = 31f;
        for (Entity piece : simulation.engine().getEntitiesFor(Family.all(com.judgmentday.components.FragmentComponent.class).get())) {
            Mappers.BODY.get(piece).body.setTransform(x, 1.1f, 0f);
            x += 0.5f;
        }
        run(3);
        assertThat(simulation.events().first(EventType.T1000_REFORMED)).as("never stands up").isNull();
        assertThat(simulation.events().first(EventType.T1000_MELTED).detail()).contains("every piece");
        assertThat(Mappers.LIQUID.get(t1000).material).isEqualTo(Material.MELTED);
    }

    @Test
    void limbsThatSnappedOffGoWithABodyThatMelts() {
        simulation = new Simulation(TestLevels.flat(40).john(30f).t1000(5f).molten(8f, 3f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        Mappers.HEAT.get(t1000).celsius = heat.nitrogenCelsius;
        Mappers.T1000.get(t1000).knowsTarget = true;
        run(material.strainTicks + 3);
        assertThat(Mappers.LIQUID.get(t1000).limbsLost).as("it strained and a leg went").isEqualTo(1);
        Mappers.BODY.get(t1000).body.setTransform(9.5f, 1f + 0.95f, 0f);
        run(10 * Simulation.TICKS_PER_SECOND);
        assertThat(Mappers.LIQUID.get(t1000).material).isEqualTo(Material.MELTED);
        assertThat(simulation.engine().getEntitiesFor(Family.all(com.judgmentday.components.FragmentComponent.class).get()))
                .as("nothing of it is left lying about").isEmpty();
    }

    @Test
    void aMoltenOverflowRunsAlongTheFloorScaldsTheT1000RunningThroughAndSets() {
        float litres = 400f;
        simulation = new Simulation(TestLevels.flat(60).john(4f).t1000(30f).moltenOverflow(20f, litres).build(),
                TestContent.tuning(), 1L);
        run(Simulation.TICKS_PER_SECOND);
        ZoneComponent overflow = Mappers.ZONE.get(hazard());
        assertThat(overflow.y).isCloseTo(1f, within(0.01f));
        assertThat(overflow.width).as("running out from the pour").isBetween(1f, heat.spillWidth(litres));
        float hottest = heat.ambient;
        for (int i = 0; i < 10 * Simulation.TICKS_PER_SECOND; i++) {
            run(1);
            hottest = Math.max(hottest, Mappers.HEAT.get(simulation.t1000()).celsius);
        }
        assertThat(hottest).as("it ran through: scalded, too briefly to melt").isBetween(200f, material.meltAbove);
        run(Math.round(litres / heat.solidifyLitresPerSecond * Simulation.TICKS_PER_SECOND));
        assertThat(overflow.width).as("set into the floor").isZero();
    }

    @Test
    void fireBurnsAPersonStandingInItToDeathButOnlyMoltenSteelEndsTheT1000() {
        simulation = new Simulation(TestLevels.flat(40).person(10f, "guard").fire(9f, 2f).build(), TestContent.tuning(), 1L);
        run(20 * Simulation.TICKS_PER_SECOND);
        assertThat(simulation.casualties()).extracting(c -> c.role + " " + c.cause).containsExactly("guard heat");
        simulation.dispose();

        simulation = new Simulation(TestLevels.flat(40).t1000(10f).fire(9f, 2f).build(), TestContent.tuning(), 1L);
        Entity t1000 = simulation.t1000();
        float hottest = 0f;
        for (int i = 0; i < 3 * Simulation.TICKS_PER_SECOND; i++) {
            run(1);
            hottest = Math.max(hottest, Mappers.HEAT.get(t1000).celsius);
        }
        assertThat(hottest).as("it was in the flames").isGreaterThan(100f);
        assertThat(simulation.events().first(EventType.T1000_MELTING)).as("flames don't melt it").isNull();
    }
}
