package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;

/**
 * What the level-select screen shows of a shipped level without building it: id, title and checkpoint names
 * in map order. A map that can't be read still gets a summary (its id as title), so the menu lists it and
 * starting it shows the problem.
 */
public final class LevelSummary {
    public final String id;
    public final String title;
    public final Array<String> checkpoints;
    /** What to do there, in a line (the map's briefing); empty for none. */
    public final String briefing;

    public LevelSummary(String id, String title, Array<String> checkpoints) {
        this(id, title, checkpoints, "");
    }

    public LevelSummary(String id, String title, Array<String> checkpoints, String briefing) {
        this.id = id;
        this.title = title;
        this.checkpoints = checkpoints;
        this.briefing = briefing;
    }

    /** Every level of levels.json, in play order. */
    public static Array<LevelSummary> shipped() {
        Array<LevelSummary> summaries = new Array<>();
        for (String id : LevelCatalog.ids()) {
            summaries.add(read(id));
        }
        return summaries;
    }

    static LevelSummary read(String id) {
        Array<String> checkpoints = new Array<>();
        try {
            TmxDocument document = TmxReader.read(LevelCatalog.resolve(id));
            for (MapObject object : document.objects) {
                if (object.type.equals("checkpoint") && !object.name.isBlank()) {
                    checkpoints.add(object.name);
                }
            }
            String title = document.properties.get("title", "");
            return new LevelSummary(id, title.isBlank() ? id : title, checkpoints,
                    document.properties.get("briefing", "").trim());
        } catch (LevelException e) {
            return new LevelSummary(id, id, checkpoints);
        }
    }
}
