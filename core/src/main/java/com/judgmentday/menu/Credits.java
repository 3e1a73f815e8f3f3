package com.judgmentday.menu;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.ClasspathFile;

/** The credits page's text, from assets/data/credits.txt (one line a line). */
public final class Credits {
    public static final String FILE = "data/credits.txt";

    private Credits() {
    }

    public static Array<String> lines() {
        Array<String> lines = new Array<>();
        FileHandle file = new ClasspathFile(FILE);
        if (!file.exists()) {
            lines.add("(" + FILE + " is missing)");
            return lines;
        }
        for (String line : file.readString("UTF-8").split("\\R")) {
            lines.add(line);
        }
        return lines;
    }
}
