package com.judgmentday.desktop;

import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.GameVersion;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.TuningLoader;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.screens.GameOptions;

/** Loads what every command needs (tuning, the level) before any window opens, so errors come early. */
final class Content {
    static final String TUNING = "data/tuning.json";

    private Content() {
    }

    static TuningDef tuning() {
        return TuningLoader.load(new ClasspathFile(TUNING));
    }

    static GameOptions options(String level, long seed) {
        GameOptions options = new GameOptions();
        options.tuning = tuning();
        options.level = LevelCatalog.load(level, options.tuning);
        options.levelName = level;
        options.seed = seed;
        options.version = GameVersion.get();
        return options;
    }
}
