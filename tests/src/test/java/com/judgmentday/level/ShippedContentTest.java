package com.judgmentday.level;

import com.judgmentday.content.GameVersion;
import com.judgmentday.input.InputScript;
import com.judgmentday.input.InputScriptParser;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Smoke test over everything the game ships: every level loads and steps, every data file and script reads. */
class ShippedContentTest {
    private static List<Path> files(String folder, String ending) throws IOException {
        try (Stream<Path> paths = Files.list(TestContent.assets().resolve(folder))) {
            return paths.filter(p -> p.toString().endsWith(ending)).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everyLevelLoadsAndStepsASecond() throws Exception {
        List<Path> levels = files("levels", ".tmx");
        assertThat(levels).isNotEmpty();
        for (Path file : levels) {
            Simulation simulation = new Simulation(LevelCatalog.load(file.toString(), TestContent.tuning()), TestContent.tuning(), 1L);
            ActionSet nothing = new ActionSet();
            for (int i = 0; i < 60; i++) {
                simulation.step(nothing);
            }
            assertThat(simulation.tick()).as(file.toString()).isEqualTo(60);
            simulation.dispose();
        }
    }

    @Test
    void theLevelIndexListsEveryShippedMapAndNothingElse() throws Exception {
        List<String> onDisk = files("levels", ".tmx").stream()
                .map(p -> p.getFileName().toString().replace(".tmx", "")).collect(Collectors.toList());
        assertThat(LevelCatalog.ids().toArray(String.class)).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void everyScriptParsesAndNamesAShippedLevel() throws Exception {
        for (Path file : files("scripts", ".txt")) {
            InputScript script = InputScriptParser.parse(file);
            assertThat(script.level).as(file.toString()).isNotNull();
            assertThat(LevelCatalog.ids().contains(script.level, false)).as(file + " names " + script.level).isTrue();
        }
    }

    @Test
    void tuningLoadsAndTheVersionIsStamped() {
        assertThat(TestContent.tuning().characters.keys().toArray().toArray(String.class)).contains("t800", "john");
        assertThat(GameVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
