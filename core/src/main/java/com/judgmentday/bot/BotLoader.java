package com.judgmentday.bot;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.Json;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.SerializationException;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.ContentException;

/** Reads data/bot.json strictly: unknown fields and figures out of range are refused with the file named. */
public final class BotLoader {
    /** Where the bot's figures live, on the classpath. */
    public static final String FILE = "data/bot.json";

    private BotLoader() {
    }

    public static BotDef load() {
        return load(new ClasspathFile(FILE));
    }

    public static BotDef load(FileHandle file) {
        Json json = new Json();
        json.setIgnoreUnknownFields(false);
        json.setElementType(BotDef.class, "hostileSides", String.class);
        json.setElementType(BotDef.class, "skills", Skill.class);
        BotDef def;
        try {
            def = json.fromJson(BotDef.class, file);
        } catch (SerializationException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new ContentException(file.path() + ": " + root.getMessage());
        }
        if (def == null) {
            throw new ContentException(file.path() + ": empty bot file");
        }
        require(file, def.viewHalfWidth > 0 && def.viewHalfHeight > 0, "viewHalfWidth and viewHalfHeight must be positive");
        require(file, def.escortLag > def.escortAboard && def.escortAboard > 0, "escortLag must be above escortAboard, both positive");
        require(file, def.fireMargin >= 0 && def.reloadClear >= 0, "fireMargin and reloadClear must not be negative");
        require(file, def.tankNear >= 0 && def.blastReach >= 0, "tankNear and blastReach must not be negative");
        require(file, def.braceRange >= 0 && def.ammoReach >= 0, "braceRange and ammoReach must not be negative");
        require(file, def.route != null && def.route.replanTicks > 0 && def.route.stuckTicks > 0 && def.route.banSeconds > 0,
                "route: replanTicks, stuckTicks and banSeconds must be positive");
        require(file, def.skills.size > 0, "skills: name at least one");
        for (ObjectMap.Entry<String, Skill> entry : def.skills) {
            Skill s = entry.value;
            s.name = entry.key;
            String where = "skills." + entry.key + ": ";
            require(file, s.reactionTicks >= 0 && s.jitterTicks >= 0 && s.aimError >= 0,
                    where + "reactionTicks, jitterTicks and aimError must not be negative");
            require(file, s.changesPerSecond >= 1 && s.changesPerSecond <= 60, where + "changesPerSecond must be 1 to 60");
        }
        return def;
    }

    private static void require(FileHandle file, boolean ok, String message) {
        if (!ok) {
            throw new ContentException(file.path() + ": " + message);
        }
    }
}
