package com.judgmentday.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds the line of STYLE.md by reading the sources: the simulation touches no graphics, devices or audio. */
class SimulationBoundaryTest {
    private static final Path CORE = Path.of("..", "core", "src", "main", "java", "com", "judgmentday");
    /** Packages that make up the simulation library (with the AI and the session that rebuilds levels). */
    private static final String[] SIMULATION = {"sim", "components", "systems", "physics", "level", "content",
        "events", "input", "report", "ai", "nav", "session", "objects", "stage", "certificates", "bot", "soak"};
    /** Packages that draw, play sound or read devices, around the simulation. */
    private static final String[] PRESENTATION = {"audio", "controls", "menu", "render", "screens", "settings"};
    private static final Pattern FORBIDDEN = Pattern.compile(
            "import com\\.badlogic\\.gdx\\.(graphics|audio|scenes|backends|controllers|Input\\b|Graphics\\b)"
            + "|Gdx\\.(graphics|gl|gl20|gl30|input|audio|app)\\b");
    private static final Pattern MUTABLE_STATIC = Pattern.compile("^\\s*(public |private |protected )?static (?!final)[\\w<>\\[\\], ]+ \\w+\\s*[=;]",
            Pattern.MULTILINE);

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void simulationPackagesUseNoGraphicsInputOrAudio() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : SIMULATION) {
            for (Path file : sources(CORE.resolve(pkg))) {
                Matcher matcher = FORBIDDEN.matcher(Files.readString(file));
                while (matcher.find()) {
                    offences.add(file.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void everyPackageOfCoreIsOnOneSideOfTheLine() throws IOException {
        List<String> known = new ArrayList<>(List.of(SIMULATION));
        known.addAll(List.of(PRESENTATION));
        try (Stream<Path> packages = Files.list(CORE)) {
            List<String> unplaced = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !known.contains(name)).sorted().toList();
            assertThat(unplaced).as("packages of core that SimulationBoundaryTest lists neither in SIMULATION nor in"
                    + " PRESENTATION: add each to one (SIMULATION if it runs in the headless simulation)").isEmpty();
        }
    }

    @Test
    void coreHasNoMutableStatics() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : sources(CORE)) {
            Matcher matcher = MUTABLE_STATIC.matcher(Files.readString(file));
            while (matcher.find()) {
                offences.add(file.getFileName() + ": " + matcher.group().strip());
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckWouldCatchAnOffence() {
        assertThat(FORBIDDEN.matcher("float w = Gdx.graphics.getWidth();").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import com.badlogic.gdx.graphics.Texture;").find()).isTrue();
        assertThat(MUTABLE_STATIC.matcher("    private static int count = 0;").find()).isTrue();
        assertThat(MUTABLE_STATIC.matcher("    private static final int COUNT = 0;").find()).isFalse();
    }
}
