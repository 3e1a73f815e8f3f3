package com.judgmentday.report;

import com.judgmentday.sim.StateHasher;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample summary line in docs/reports.md is what the shipped proving-ground script really gives. */
class ReportDocsTest {
    @Test
    void theSampleLineInTheDocsMatchesARealRun() throws Exception {
        String docs = Files.readString(TestContent.assets().getParent().resolve("docs").resolve("reports.md"));
        Matcher sample = Pattern.compile("    (proving-ground: \\w+ \\([^)]*\\) at tick \\d+) .*state ([0-9a-f]{16})").matcher(docs);
        assertThat(sample.find()).as("docs/reports.md shows a proving-ground summary line").isTrue();
        RunReport run = Scenario.level("proving-ground").script("proving-ground.txt").run();
        assertThat(run.summary()).startsWith(sample.group(1));
        assertThat(StateHasher.hex(run.stateHash)).isEqualTo(sample.group(2));
    }
}
