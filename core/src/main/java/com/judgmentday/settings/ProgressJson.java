package com.judgmentday.settings;

import com.badlogic.gdx.utils.JsonValue;
import com.judgmentday.content.UserText;

/** Progress to and from the progress file's JSON: {"completed": [ids], "checkpoints": {id: [names]}}. */
public final class ProgressJson {
    private ProgressJson() {
    }

    public static JsonValue write(Progress progress) {
        JsonValue json = new JsonValue(JsonValue.ValueType.object);
        json.addChild("version", new JsonValue(1));
        JsonValue completed = new JsonValue(JsonValue.ValueType.array);
        for (String level : progress.completedLevels()) {
            completed.addChild(new JsonValue(level));
        }
        json.addChild("completed", completed);
        JsonValue checkpoints = new JsonValue(JsonValue.ValueType.object);
        for (String level : progress.levelsWithCheckpoints()) {
            JsonValue names = new JsonValue(JsonValue.ValueType.array);
            for (String name : progress.reached(level)) {
                names.addChild(new JsonValue(name));
            }
            checkpoints.addChild(level, names);
        }
        json.addChild("checkpoints", checkpoints);
        return json;
    }

    /** The progress a file holds; throws IllegalArgumentException naming the first wrong field. */
    public static Progress read(JsonValue json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("the file must hold one JSON object");
        }
        Progress progress = new Progress();
        JsonValue completed = JsonFields.child(json, "completed", true);
        for (JsonValue level = completed == null ? null : completed.child; level != null; level = level.next) {
            progress.complete(string(level, "completed"));
        }
        JsonValue checkpoints = JsonFields.child(json, "checkpoints", false);
        for (JsonValue level = checkpoints == null ? null : checkpoints.child; level != null; level = level.next) {
            String where = "checkpoints." + UserText.token(level.name);
            if (!level.isArray()) {
                throw new IllegalArgumentException(where + " must be a list of names");
            }
            for (JsonValue name = level.child; name != null; name = name.next) {
                progress.reach(level.name, string(name, where));
            }
        }
        return progress;
    }

    private static String string(JsonValue value, String where) {
        if (!value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(where + " must hold names (strings)");
        }
        return value.asString();
    }
}
