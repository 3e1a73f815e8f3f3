package com.judgmentday.report;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.JsonWriter;
import com.badlogic.gdx.utils.SerializationException;
import com.judgmentday.content.ContentException;
import com.judgmentday.content.TuningDef;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often the {@code average} bot should win each level at each difficulty, as a band of percentages, read from
 * the level index ({@code levels/levels.json}): a default band per difficulty, which a level's own {@code bands}
 * replace difficulty by difficulty. {@code playtest --all --bot --runs N} measures each rate against its band.
 */
public final class DifficultyBands {
    /** The skill whose win rates the bands are written for. */
    public static final String SKILL = "average";

    /** A band of win rates in percent, both ends included. */
    public record Band(int low, int high) {
        public boolean holds(double percent) {
            return percent >= low && percent <= high;
        }

        @Override
        public String toString() {
            return low + "-" + high + " %";
        }
    }

    private final Map<String, Band> defaults = new HashMap<>();
    private final Map<String, Map<String, Band>> levels = new HashMap<>();

    private DifficultyBands() {
    }

    /** The band for a level at a difficulty: the level's own, else the default; null when the index has none. */
    public Band band(String level, String difficulty) {
        Map<String, Band> own = levels.get(level);
        Band band = own == null ? null : own.get(difficulty);
        return band != null ? band : defaults.get(difficulty);
    }

    /** Reads the index; every difficulty named must be one of tuning's, every band "low-high" within 0-100. */
    public static DifficultyBands read(FileHandle index, TuningDef tuning) {
        String name = index.path();
        DifficultyBands bands = new DifficultyBands();
        JsonValue root;
        try {
            root = new JsonReader().parse(index);
        } catch (SerializationException e) {
            throw new ContentException(name + ": not valid JSON (" + e.getMessage() + ")");
        }
        if (root == null) {
            throw new ContentException(name + ": empty; it should hold \"levels\" and \"bands\"");
        }
        read(root.get("bands"), name + ": bands", tuning, bands.defaults);
        JsonValue list = root.get("levels");
        for (JsonValue level = list == null ? null : list.child; level != null; level = level.next) {
            String id = level.getString("id", null);
            if (level.has("bands")) {
                Map<String, Band> own = new HashMap<>();
                read(level.get("bands"), name + ": level '" + id + "' bands", tuning, own);
                bands.levels.put(id, own);
            }
        }
        return bands;
    }

    private static void read(JsonValue node, String where, TuningDef tuning, Map<String, Band> into) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            throw new ContentException(where + ": should be an object of difficulty: \"low-high\" (\"60-90\")");
        }
        for (JsonValue entry = node.child; entry != null; entry = entry.next) {
            if (!tuning.pursuit.containsKey(entry.name)) {
                throw new ContentException(where + ": '" + entry.name + "' is not a difficulty (data/tuning.json has "
                        + tuning.pursuit.keys().toArray().toString(", ") + ")");
            }
            into.put(entry.name, parse(entry.isString() ? entry.asString() : entry.toJson(JsonWriter.OutputType.minimal),
                    where + " " + entry.name));
        }
    }

    static Band parse(String text, String where) {
        String[] ends = text.trim().split("-", -1);
        try {
            if (ends.length == 2) {
                int low = Integer.parseInt(ends[0].trim());
                int high = Integer.parseInt(ends[1].trim());
                if (low >= 0 && high <= 100 && low <= high) {
                    return new Band(low, high);
                }
            }
        } catch (NumberFormatException e) {
            // told below, with what a band looks like
        }
        throw new ContentException(String.format(Locale.ROOT,
                "%s: '%s' is not a band of win rates; write \"low-high\" in percent, 0 <= low <= high <= 100 (\"60-90\")",
                where, text));
    }
}
