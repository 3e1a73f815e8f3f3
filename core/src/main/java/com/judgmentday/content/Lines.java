package com.judgmentday.content;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.ObjectMap;

import java.io.IOException;

/**
 * The game's dialogue, keyed: {@code assets/data/lines.txt} holds one line a row, {@code key: Speaker | words}
 * (blank rows and rows starting with # are skipped). Maps name the key; the words live here.
 */
public final class Lines {
    /** Where the shipped lines are, on the classpath. */
    public static final String PATH = "data/lines.txt";
    /** The keys of the escort's protests at a lethal shot: john.protest.1, .2, ... said in turn. */
    public static final String PROTESTS = "john.protest";
    /** The key of what the escort says when the player's blast throws him about. */
    public static final String THROWN = "john.protest.blast";
    /** The file may be at most this big. */
    static final long LIMIT = SmallFiles.MB;
    private final ObjectMap<String, String> speakers = new ObjectMap<>();
    private final ObjectMap<String, String> words = new ObjectMap<>();

    /** The shipped lines. */
    public static Lines standard() {
        return load(new ClasspathFile(PATH));
    }

    /** Reads a lines file; a row that isn't {@code key: Speaker | words} or a key used twice is refused with its row. */
    public static Lines load(FileHandle file) {
        String text;
        try {
            text = SmallFiles.utf8(SmallFiles.read(file, LIMIT));
        } catch (IOException e) {
            // The reader's own message may be only the path: say what the file is and what to do.
            throw new ContentException(file.path() + ": the game's dialogue can't be read (" + e.getMessage()
                    + "); it must be a text file of at most " + SmallFiles.size(LIMIT) + " (docs/levels.md, Lines)");
        }
        return parse(file.path(), text);
    }

    static Lines parse(String source, String text) {
        Lines lines = new Lines();
        String[] rows = text.split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int colon = row.indexOf(':');
            int bar = row.indexOf('|');
            String where = source + ":" + (i + 1) + ": ";
            if (colon <= 0 || bar < colon) {
                throw new ContentException(where + "a line is 'key: Speaker | words'; this row has no "
                        + (colon <= 0 ? "key before a ':'" : "'|' between the speaker and the words"));
            }
            String key = row.substring(0, colon).trim();
            if (!key.matches("[a-z0-9][a-z0-9.-]*")) {
                throw new ContentException(where + "the key '" + UserText.token(key)
                        + "' may hold only a-z, 0-9, dots and dashes");
            }
            if (lines.words.containsKey(key)) {
                throw new ContentException(where + "the key '" + key + "' is used twice; give one of them another key");
            }
            String said = row.substring(bar + 1).trim();
            if (said.isEmpty()) {
                throw new ContentException(where + "the line '" + key + "' has no words after the '|'");
            }
            lines.speakers.put(key, row.substring(colon + 1, bar).trim());
            lines.words.put(key, said);
        }
        return lines;
    }

    /** No lines at all (a level built without dialogue). */
    public static Lines none() {
        return new Lines();
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** Who says the line (may be empty: a caption). */
    public String speaker(String key) {
        return speakers.get(key, "");
    }

    public String words(String key) {
        return words.get(key, "");
    }

    /** Long enough to read the line: a second and a half, plus a second for every 15 characters. */
    public float readingSeconds(String key) {
        return 1.5f + words(key).length() / 15f;
    }

    /** The words of {@code prefix.1}, {@code prefix.2}, ... up to the first number missing. */
    public com.badlogic.gdx.utils.Array<String> numbered(String prefix) {
        com.badlogic.gdx.utils.Array<String> said = new com.badlogic.gdx.utils.Array<>();
        for (int i = 1; i <= words.size && has(prefix + "." + i); i++) {
            said.add(words(prefix + "." + i));
        }
        return said;
    }

    /** Every key, for suggesting the one a misspelt key meant. */
    public Iterable<String> keys() {
        return words.keys();
    }

    public int size() {
        return words.size;
    }
}
