package com.judgmentday.report;

import com.judgmentday.events.EventType;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A playtest report can be debugged without scattering pick-ups about: it says where the player, John and the
 * T-1000 stood next to every second's hash, which checkpoints were reached when, and why the run ended.
 */
class ReportTraceTest {
    @Test
    void everyHashHasThePositionsBesideItAndCheckpointsAreEvents() {
        RunReport report = Scenario.level("galleria").script("galleria.txt").run();
        assertThat(report.outcome).isEqualTo(Outcome.WIN);
        assertThat(report.reason).isEqualTo("reached the loading bay");
        assertThat(report.positions.size).isEqualTo(report.hashes.size * 6);
        assertThat(report.positions.get(0)).as("the player has moved right of the spawn").isGreaterThan(2f);
        assertThat(report.positions.get(2)).as("John is there").isNotNaN();
        assertThat(report.positions.get(4)).as("no T-1000 yet: it comes round the corner later").isNaN();
        assertThat(report.events).anyMatch(e -> e.type == EventType.CHECKPOINT_REACHED && e.subject.equals("arcade"));
        assertThat(report.positions.get(report.positions.size - 2)).as("and in the end it is there").isNotNaN();
        String json = ReportWriter.json(report);
        assertThat(json).contains("\"trace\":[{\"tick\":60,\"hash\":\"").contains("\"t1000\":null")
                .contains("\"reason\":\"reached the loading bay\"");
    }
}
