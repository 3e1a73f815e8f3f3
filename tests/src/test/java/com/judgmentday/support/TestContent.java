package com.judgmentday.support;

import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.TuningLoader;

import java.nio.file.Path;

/** The game's real data for tests: the shipped tuning and the assets folder on disk. */
public final class TestContent {
    /**
     * The T-1000's test lab: ai-maze as the pursuit tests were built on (the T-1000 coming the whole maze's way,
     * the T-800 and John on the gallery, a moving lift), kept apart from the shipped level, which plays differently.
     */
    public static final String T1000_MAZE = "src/test/resources/levels/t1000-maze.tmx";
    /** A small level played as Sarah (player-spawn character=sarah), with John and an orderly. */
    public static final String SARAH_WARD = "src/test/resources/levels/sarah-ward.tmx";

    private TestContent() {
    }

    public static TuningDef tuning() {
        return TuningLoader.load(new ClasspathFile("data/tuning.json"));
    }

    /** The repository's assets/ folder (set by the build; falls back to ../assets from the tests module). */
    public static Path assets() {
        String configured = System.getProperty("judgmentday.assets");
        return configured != null ? Path.of(configured) : Path.of("..", "assets").toAbsolutePath().normalize();
    }

    public static Path script(String name) {
        return assets().resolve("scripts").resolve(name);
    }
}
