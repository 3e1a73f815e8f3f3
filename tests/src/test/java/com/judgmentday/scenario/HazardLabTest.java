package com.judgmentday.scenario;

import com.badlogic.ashley.core.Family;
import com.judgmentday.components.FragmentComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.content.MaterialDef;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless scenario on the real hazard-lab: the T-1000's whole material cycle, in order and on the data's clock. */
class HazardLabTest {
    private static final String SCRIPT = "hazard-lab.txt";
    private final MaterialDef material = TestContent.tuning().t1000Material;

    private static GameEvent first(RunReport report, EventType type) {
        for (GameEvent event : report.events) {
            if (event.type == type) {
                return event;
            }
        }
        throw new AssertionError("no " + type.id + " event");
    }

    @Test
    void frozenThenShatteredThawedReformedAndMeltedInOrderOnTheDataClock() {
        RunReport report = Scenario.level("hazard-lab").script(SCRIPT).run();
        assertThat(report.outcome).isEqualTo(Outcome.WIN);
        GameEvent ruptured = first(report, EventType.TANK_RUPTURED);
        GameEvent chilled = first(report, EventType.T1000_CHILLED);
        GameEvent frozen = first(report, EventType.T1000_FROZEN);
        GameEvent snapped = first(report, EventType.LIMB_SNAPPED);
        GameEvent shattered = first(report, EventType.T1000_SHATTERED);
        GameEvent thawed = first(report, EventType.T1000_THAWED);
        GameEvent reformed = first(report, EventType.T1000_REFORMED);
        GameEvent melting = first(report, EventType.T1000_MELTING);
        GameEvent melted = first(report, EventType.T1000_MELTED);
        assertThat(new long[] {ruptured.tick, chilled.tick, frozen.tick, snapped.tick, shattered.tick, thawed.tick,
            reformed.tick, melting.tick, melted.tick}).isSorted();
        assertThat(snapped.tick - frozen.tick).as("it strains strainTicks before a limb goes").isEqualTo(material.strainTicks);
        assertThat(report.events).filteredOn(e -> e.type == EventType.LIMB_SNAPPED).hasSize(material.limbs);
        assertThat(shattered.detail()).startsWith(material.fragments + " shards");
        assertThat(thawed.detail()).as("the shards and the snapped limbs").isEqualTo((material.fragments + material.limbs) + " droplets");
        assertThat(melted.tick - melting.tick).isEqualTo(material.meltTicks);
        assertThat(report.events).filteredOn(e -> e.type == EventType.T1000_REFORMED).as("once, and never after melting").hasSize(1);
        assertThat(first(report, EventType.EXPLOSION).tick).isBetween(reformed.tick, melting.tick);
        assertThat(report.casualties).as("the ledger: nobody died").isEmpty();
        assertThat(report.stats.get("casualties", -1)).isZero();
    }

    @Test
    void runningForTheLoadingDockDoesNotWinWhileTheT1000IsAbout() {
        Scenario scenario = Scenario.level("hazard-lab");
        Simulation simulation = scenario.simulation();
        ActionSet right = new ActionSet().add(Action.RIGHT);
        for (int tick = 0; tick < 15 * Simulation.TICKS_PER_SECOND && simulation.outcome() == Outcome.RUNNING; tick++) {
            simulation.step(right);
        }
        assertThat(simulation.outcome()).isNotEqualTo(Outcome.WIN);
        assertThat(simulation.events().first(EventType.EXIT_WAITING).detail()).isEqualTo("not while the T-1000 is out there");
        simulation.dispose();
    }

    @Test
    void theFragmentCycleIsDeterministic() {
        RunReport first = Scenario.level("hazard-lab").script(SCRIPT).run();
        RunReport second = Scenario.level("hazard-lab").script(SCRIPT).run();
        assertThat(first.hashes.size).isGreaterThan(20);
        assertThat(second.hashes.toArray()).containsExactly(first.hashes.toArray());
        assertThat(second.stateHash).isEqualTo(first.stateHash);
        assertThat(second.events.size).isEqualTo(first.events.size);
        for (int i = 0; i < first.events.size; i++) {
            GameEvent a = first.events.get(i);
            GameEvent b = second.events.get(i);
            assertThat(b.tick + " " + b.type.id + " " + b.detail()).isEqualTo(a.tick + " " + a.type.id + " " + a.detail());
        }
    }

    @Test
    void afterMeltingNothingOfItIsLeftAndItNeverComesBack() {
        Scenario scenario = Scenario.level("hazard-lab").script(SCRIPT);
        Simulation simulation = scenario.simulation();
        InputSource input = scenario.input();
        ActionSet actions = new ActionSet();
        int piecesWhileShattered = 0;
        while (simulation.outcome() == Outcome.RUNNING && simulation.tick() < 60 * 60) {
            actions.clear();
            input.poll(simulation.tick(), actions);
            simulation.step(actions);
            if (simulation.t1000() != null && Mappers.LIQUID.get(simulation.t1000()).material == Material.SHATTERED) {
                piecesWhileShattered = Math.max(piecesWhileShattered,
                        simulation.engine().getEntitiesFor(Family.all(FragmentComponent.class).get()).size());
            }
        }
        assertThat(piecesWhileShattered).isEqualTo(material.fragments + material.limbs);
        assertThat(Mappers.LIQUID.get(simulation.t1000()).material).isEqualTo(Material.MELTED);
        assertThat(simulation.engine().getEntitiesFor(Family.all(FragmentComponent.class).get()).size()).isZero();
        assertThat(Mappers.BODY.get(simulation.t1000()).body.isActive()).isFalse();
        simulation.dispose();
    }
}
