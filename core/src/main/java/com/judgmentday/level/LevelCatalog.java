package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.SerializationException;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.UserText;
import com.judgmentday.content.TuningDef;

import java.io.File;

/** Finds a level by id (assets/levels/levels.json) or by a path to any .tmx on disk. */
public final class LevelCatalog {
    public static final String INDEX = "levels/levels.json";
    /** Where the shipped maps' sources are, relative to the repository root. */
    static final String SOURCE_FOLDER = "assets/levels";

    private LevelCatalog() {
    }

    /** The level ids the game ships, in play order. */
    public static Array<String> ids() {
        Array<String> ids = new Array<>();
        FileHandle index = new ClasspathFile(INDEX);
        if (!index.exists()) {
            return ids;
        }
        try {
            for (JsonValue level : new JsonReader().parse(index).get("levels")) {
                ids.add(level.getString("id"));
            }
        } catch (SerializationException | IllegalArgumentException | NullPointerException e) {
            throw new LevelException(INDEX + ": not a valid level index (" + e.getMessage() + ")");
        }
        return ids;
    }

    /** The map file for an id or a path; refuses with a message naming what is known. */
    public static FileHandle resolve(String idOrPath) {
        File onDisk = new File(idOrPath);
        if (onDisk.isFile()) {
            return new FileHandle(onDisk);
        }
        Array<String> ids = ids();
        if (ids.contains(idOrPath, false)) {
            // Run from the repository, an id means the source map, so saving it reloads the game.
            File source = new File(SOURCE_FOLDER, idOrPath + ".tmx");
            return source.isFile() ? new FileHandle(source) : new ClasspathFile("levels/" + idOrPath + ".tmx");
        }
        throw new LevelException("unknown level " + UserText.quote(idOrPath) + ": no such file, and no level with that id"
                + " (levels: " + ids.toString(", ") + ")");
    }

    /** Resolves, validates and loads. */
    public static LevelDef load(String idOrPath, TuningDef tuning) {
        return new LevelLoader(tuning).load(resolve(idOrPath));
    }
}
