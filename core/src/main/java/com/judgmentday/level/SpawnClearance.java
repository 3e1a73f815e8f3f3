package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.nav.Outlines;

import java.util.Locale;

/**
 * Where a map puts someone (a spawn, a checkpoint's restart, a waiting character, the T-1000 a checkpoint restarts
 * behind the player) there is room for their body: no solid overlaps it.
 */
final class SpawnClearance {
    private final TuningDef tuning;
    private final TmxDocument document;

    SpawnClearance(TuningDef tuning, TmxDocument document) {
        this.tuning = tuning;
        this.document = document;
    }

    /** A character spawned here must not start inside a solid, nor the T-1000 a checkpoint restarts behind it. */
    void check(MapObject spawn, Array<Problem> problems) {
        float[] b = document.bounds(spawn);
        float feetX = (b[0] + b[2]) / 2f;
        clear(spawn, character(spawn), "the " + spawnName(spawn), feetX, b[1], problems);
        float pursuer = spawn.type.equals("checkpoint") ? number(spawn.properties.get("pursuer", "0")) : 0f;
        if (pursuer != 0f) {
            clear(spawn, tuning.characters.get("t1000", new CharacterDef()), "the T-1000 it restarts " + Math.abs(pursuer)
                    + " m " + (pursuer < 0f ? "west" : "east") + " (pursuer)", feetX + pursuer, b[1], problems);
        }
    }

    /** Whether {@code body} standing with its feet at (feetX, feetY) has room; a problem on {@code spawn} if not. */
    void clear(MapObject spawn, CharacterDef body, String who, float feetX,
            float feetY, Array<Problem> problems) {
        float left = feetX - body.width / 2f + 0.02f;
        float right = feetX + body.width / 2f - 0.02f;
        float bottom = feetY + 0.02f;
        float top = feetY + body.height - 0.02f;
        for (MapObject solid : document.objects) {
            if (!solid.type.equals("solid") || solid.geometryProblem != null) {
                continue;
            }
            if (Outlines.overlaps(document.outline(solid), solid.shape != ObjectShape.POLYLINE, left, bottom, right, top)) {
                problems.add(new Problem(document.file, spawn.id, spawn.label(), who + " standing here would be inside solid "
                        + (solid.name.isEmpty() ? "" : UserText.quote(solid.name) + " (object ") + solid.id + (solid.name.isEmpty() ? "" : ")")
                        + "; move it so its feet rest on the ground"));
                return;
            }
        }
    }

    /** A number property's value; one that does not parse is the schema's problem to tell, and reads as 0 here. */
    private static float number(String text) {
        try {
            return Float.parseFloat(text.trim());
        } catch (NumberFormatException e) {
            return 0f;
        }
    }

    private CharacterDef character(MapObject spawn) {
        String name = spawn.type.equals("player-spawn") || spawn.type.equals("checkpoint") ? playerCharacter(spawn)
                : spawn.type.equals("character") ? spawn.properties.get("character", "").trim().toLowerCase(Locale.ROOT)
                : spawn.type.equals("john-spawn") ? "john" : "t800";
        CharacterDef def = tuning.characters.get(name);
        return def != null ? def : tuning.characters.get("t800", new CharacterDef());
    }

    private String playerCharacter(MapObject object) {
        if (object.type.equals("player-spawn")) {
            return object.properties.get("character", "t800");
        }
        for (MapObject other : document.objects) {
            if (other.type.equals("player-spawn")) {
                return other.properties.get("character", "t800");
            }
        }
        return "t800";
    }

    /** Who stands at a spawn, as the characters' titles say ("T-800", "Sarah", "John"). */
    private String spawnName(MapObject spawn) {
        if (spawn.type.equals("t1000-spawn")) {
            return "T-1000";
        }
        String title = character(spawn).title;
        return title.startsWith("the ") ? title.substring(4) : title;
    }
}
