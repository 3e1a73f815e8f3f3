package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.events.EventType;
import com.judgmentday.components.Mappers;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless scenarios on the real proving-ground map with the shipped input script. */
class ProvingGroundTest {
    private static final String SCRIPT = "proving-ground.txt";

    @Test
    void theScriptedRunReachesTheExit() {
        RunReport report = Scenario.level("proving-ground").script(SCRIPT).run();
        assertThat(report.outcome).isEqualTo(Outcome.WIN);
        assertThat(report.events).anyMatch(e -> e.type == EventType.LEVEL_EXIT && e.subject.equals("t800"));
        assertThat(report.events).anyMatch(e -> e.type == EventType.WEAPON_HIT && e.whom.startsWith("crate#"));
        assertThat(report.events).as("the range gives the M16 and the minigun").anyMatch(e -> e.type == EventType.PICKUP_TAKEN
                && e.detail().startsWith("m16")).anyMatch(e -> e.type == EventType.PICKUP_TAKEN && e.detail().startsWith("minigun"));
    }

    @Test
    void johnKeepsUpWithTheT800AllTheWay() {
        Scenario scenario = Scenario.level("proving-ground").script(SCRIPT);
        Simulation simulation = scenario.simulation();
        InputSource input = scenario.input();
        ActionSet actions = new ActionSet();
        float farthest = 0f;
        while (simulation.outcome() == Outcome.RUNNING && simulation.tick() < 60 * 60) {
            actions.clear();
            input.poll(simulation.tick(), actions);
            simulation.step(actions);
            farthest = Math.max(farthest, distance(simulation.controlled(), simulation.john()));
        }
        float atTheEnd = distance(simulation.controlled(), simulation.john());
        simulation.dispose();
        assertThat(atTheEnd).isLessThan(8f);
        assertThat(farthest).isLessThan(15f);
    }

    @Test
    void theSameSeedAndScriptGiveTheSameHashEverySecond() {
        RunReport first = Scenario.level("proving-ground").script(SCRIPT).run();
        RunReport second = Scenario.level("proving-ground").script(SCRIPT).run();
        assertThat(first.hashes.size).isGreaterThan(10);
        assertThat(second.hashes.toArray()).containsExactly(first.hashes.toArray());
        assertThat(second.stateHash).isEqualTo(first.stateHash);
        assertThat(second.ticks).isEqualTo(first.ticks);
    }

    @Test
    void theSeedDrivesThePelletSpread() {
        RunReport seven = Scenario.level("proving-ground").script(SCRIPT).seed(7).run();
        RunReport eight = Scenario.level("proving-ground").script(SCRIPT).seed(8).run();
        assertThat(eight.stateHash).isNotEqualTo(seven.stateHash);
    }

    @Test
    void standingStillNeverEndsTheLevel() {
        RunReport report = Scenario.level("proving-ground").seconds(30).run();
        assertThat(report.outcome).isEqualTo(Outcome.TIMEOUT);
        assertThat(report.ticks).isEqualTo(30 * 60);
        assertThat(report.hashes.size).isEqualTo(30);
    }

    private static float distance(Entity a, Entity b) {
        return Math.abs(Mappers.TRANSFORM.get(a).x - Mappers.TRANSFORM.get(b).x);
    }
}
