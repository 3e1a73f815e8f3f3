package com.judgmentday.desktop;

import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.GameVersion;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.TuningLoader;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.level.Problem;
import com.judgmentday.screens.GameOptions;
import com.judgmentday.sim.Simulation;

import java.io.PrintWriter;

/** Loads what every command needs (tuning, the level) before any window opens, so errors come early. */
final class Content {
    static final String TUNING = "data/tuning.json";

    private Content() {
    }

    static TuningDef tuning() {
        return TuningLoader.load(new ClasspathFile(TUNING));
    }

    /**
     * Options for the window: tuning loaded, the level found (not yet loaded: the window shows its problems);
     * a null level opens the menus.
     */
    static GameOptions options(String level, long seed, String checkpoint) {
        GameOptions options = new GameOptions();
        options.tuning = tuning();
        options.levelFile = level == null ? null : LevelCatalog.resolve(level);
        options.levelName = level;
        options.seed = seed;
        options.checkpoint = checkpoint;
        options.version = GameVersion.get();
        return options;
    }

    /** Prints what is wrong with the level (the window shows it too); true when it will start. */
    static boolean report(GameOptions options, PrintWriter err) {
        LevelLoader.Checked checked = new LevelLoader(options.tuning).check(options.levelFile);
        for (Problem problem : checked.problems) {
            err.println(problem);
        }
        for (Problem warning : checked.warnings) {
            err.println(warning);
        }
        return checked.problems.isEmpty();
    }

    /** Loads the level (and checkpoint) as a run would, refusing it with its first problem. */
    static void requireLoadable(GameOptions options) {
        LevelDef level = new LevelLoader(options.tuning).load(options.levelFile);
        new Simulation(level, options.tuning, options.seed, options.checkpoint).dispose();
    }
}
