package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.UserText;

import java.io.File;

/** Checks that each exit's {@code next} names a level that exists: a shipped id or a .tmx file beside the map. */
public final class NextLevels {
    private NextLevels() {
    }

    static void check(TmxDocument document, Array<Problem> problems) {
        Array<String> ids = null;
        for (MapObject exit : document.objects) {
            String next = exit.type.equals("exit") ? exit.properties.get("next", "").trim() : "";
            if (next.isEmpty()) {
                continue;
            }
            if (ids == null) {
                ids = LevelCatalog.ids();
            }
            if (ids.contains(next, false)) {
                continue;
            }
            String what = "next " + UserText.quote(next) + " names no ";
            if (next.endsWith(".tmx")) {
                FileHandle map = beside(document, next);
                if (!map.exists() || map.isDirectory()) {
                    problems.add(new Problem(document.file, exit.id, exit.label(), what + "map: there is no " + map.path()
                            + "; put the map there or name a level id"));
                }
                continue;
            }
            String hint = DidYouMean.closest(next, ids) != null ? DidYouMean.hint(next, ids)
                    : "; use one of " + ids.toString(", ") + ", or a .tmx file next to this map";
            problems.add(new Problem(document.file, exit.id, exit.label(), what + "level" + hint));
        }
    }

    /** The named map in the folder of the map being checked (on disk or on the classpath). */
    public static FileHandle beside(TmxDocument document, String name) {
        if (document.source != null) {
            return document.source.parent().child(name);
        }
        File folder = new File(document.file).getAbsoluteFile().getParentFile();
        return new FileHandle(new File(folder, name));
    }
}
