package com.judgmentday.menu;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.ClasspathFile;

import java.util.Locale;

/**
 * The game-over page's tips, from assets/data/tips.txt: one a row, {@code words | tip}, the tip for a loss whose
 * reason contains the words (the first row that matches; case aside). A loss no row matches gets the level's briefing.
 */
public final class Tips {
    public static final String FILE = "data/tips.txt";
    /** No tips: every loss gets the briefing. */
    public static final Tips NONE = new Tips(new Array<>(), new Array<>());

    private final Array<String> words;
    private final Array<String> tips;

    private Tips(Array<String> words, Array<String> tips) {
        this.words = words;
        this.tips = tips;
    }

    /** The shipped tips (none when the file is missing); a row that can't be read is left out, and logged. */
    public static Tips load() {
        FileHandle file = new ClasspathFile(FILE);
        if (!file.exists()) {
            return NONE;
        }
        Array<String> refused = new Array<>();
        Tips tips = parse(FILE, file.readString("UTF-8"), refused);
        for (String why : refused) {
            if (Gdx.app != null) {
                Gdx.app.error("judgment-day", why);
            }
        }
        return tips;
    }

    /** Reads the rows ({@code #} rows and blank ones are notes); a row without its {@code |} is refused with its line. */
    public static Tips parse(String name, String text) {
        Array<String> refused = new Array<>();
        Tips tips = parse(name, text, refused);
        if (refused.notEmpty()) {
            throw new IllegalArgumentException(refused.first());
        }
        return tips;
    }

    /** As above, but a row it can't read is left out and told in {@code refused} (file:line, what is wrong). */
    public static Tips parse(String name, String text, Array<String> refused) {
        Array<String> words = new Array<>();
        Array<String> tips = new Array<>();
        String[] rows = text.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int bar = row.indexOf('|');
            String what = bar < 0 ? "" : row.substring(0, bar).trim();
            String tip = bar < 0 ? "" : row.substring(bar + 1).trim();
            if (what.isEmpty() || tip.isEmpty()) {
                refused.add(name + ":" + (i + 1) + ": a tip reads 'words in the reason | the tip', both there; this row"
                        + " is '" + row + "' (left out)");
                continue;
            }
            words.add(what.toLowerCase(Locale.ROOT));
            tips.add(tip);
        }
        return new Tips(words, tips);
    }

    /** The tip for a loss of that reason, or null when no row's words are in it. */
    public String forReason(String reason) {
        String said = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        for (int i = 0; i < words.size; i++) {
            if (said.contains(words.get(i))) {
                return tips.get(i);
            }
        }
        return null;
    }
}
