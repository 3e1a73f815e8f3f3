package com.judgmentday.report;

import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {
    @Test
    void theReportHoldsEveryDocumentedField(@TempDir Path dir) throws Exception {
        RunReport report = Scenario.level("proving-ground").script("proving-ground.txt").run();
        report.version = "test";
        Path file = dir.resolve("r.json");
        ReportWriter.write(report, file);
        JsonValue json = new JsonReader().parse(java.nio.file.Files.readString(file));
        for (String field : new String[] {"version", "level", "input", "checkpoint", "seed", "ticks", "simSeconds", "wallSeconds",
                "speed", "allocatedBytesPerTick", "allocationWarmupTicks", "outcome", "stateHash", "hashes", "events", "stats"}) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.getString("level")).isEqualTo("proving-ground");
        assertThat(json.getString("outcome")).isEqualTo("WIN");
        assertThat(json.getLong("seed")).isEqualTo(7L);
        assertThat(json.getString("stateHash")).matches("[0-9a-f]{16}");
        assertThat(json.get("hashes").size).isEqualTo((int) (report.ticks / 60));
        JsonValue first = json.get("events").child;
        assertThat(first.getString("type")).isEqualTo("level.started");
        assertThat(first.has("tick") && first.has("subject") && first.has("detail")).isTrue();
        assertThat(json.get("stats").getInt("shotsFired")).isPositive();
        assertThat(json.getDouble("speed")).isPositive();
        assertThat(dir.resolve("r.json.tmp")).doesNotExist();
    }
}
