package com.judgmentday.scenario;

import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.Scenario;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every script in assets/scripts is a regression test: it wins its level, the same way twice. */
class ShippedScriptsTest {
    static List<String> scripts() throws IOException {
        try (Stream<Path> files = Files.list(TestContent.assets().resolve("scripts"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void winsItsLevelTheSameWayEveryTime(String script) throws Exception {
        String level = Files.readAllLines(TestContent.script(script)).stream()
                .filter(line -> line.startsWith("# level:")).findFirst().orElseThrow().substring("# level:".length()).trim();
        RunReport first = Scenario.level(level).script(script).run();
        RunReport second = Scenario.level(level).script(script).run();
        assertThat(first.outcome).isEqualTo(Outcome.WIN);
        assertThat(second.stateHash).isEqualTo(first.stateHash);
    }
}
