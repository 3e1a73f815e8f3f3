package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.level.DidYouMean;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.Problem;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.level.TmxDocument;

import java.util.Locale;

import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A playable character placed in the level and not controlled at the start (Sarah waiting in the mill while the
 * player is the T-800): the cast step makes them standing, by their def's rules; a beat's {@code control} step
 * names them (by this object's name or their character id) to hand them the player.
 */
final class CharacterType extends ObjectType<SpawnDef> {
    CharacterType() {
        super(new ObjectTypeDef("character", "A playable character who waits here, not controlled at the start; a beat's"
                + " 'control <name>' step switches the player to them.", POINT, RECTANGLE)
                .text("character", "", "who: a playable character of tuning.json (playable: true), for instance sarah")
                .choice("facing", "right", "which way they face at the start", "left", "right")
                .flag("limp", false, "wounded in the leg: slower (tuning's damage.limpSpeed) and drawn limping")
                .whole("reserve", "-1", -1, 999, "the rounds they carry for each weapon besides the loaded ones (0: what is"
                        + " loaded is all they have, Sarah's few shells); -1: each weapon's own reserve (tuning.json)"));
    }

    @Override
    public SpawnDef read(ObjectReading in) {
        SpawnDef character = in.spawn(SpawnDef.Kind.CHARACTER, in.text("character").trim().toLowerCase(Locale.ROOT));
        character.facing = "left".equals(in.text("facing")) ? -1 : 1;
        character.limp = in.flag("limp");
        character.reserve = in.whole("reserve");
        return character;
    }

    @Override
    public void file(SpawnDef def, LevelDef level) {
        level.spawns.add(def);
    }

    @Override
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
        String character = object.properties.get("character", "").trim().toLowerCase(Locale.ROOT);
        String wrong = playable(tuning, character);
        if (wrong != null) {
            problems.add(problem(document, object, wrong));
            return;
        }
        for (MapObject other : document.objects) {
            if (other.id != object.id && (other.type.equals("character") || other.type.equals("player-spawn"))
                    && character.equals(other.properties.get("character", other.type.equals("player-spawn") ? "t800" : "")
                    .trim().toLowerCase(Locale.ROOT))) {
                problems.add(problem(document, object, "a second " + character + " (object " + other.id + " is one too);"
                        + " a level holds each playable character once, so a beat and an objective know whom they name"));
                return;
            }
        }
    }

    /** Null when {@code character} is a playable character of the tuning; otherwise what to write instead. */
    static String playable(TuningDef tuning, String character) {
        Array<String> names = new Array<>();
        // Its own iterator: maps for runs on several threads (playtest --all) share the tuning's, which libGDX reuses.
        for (String name : new ObjectMap.Keys<>(tuning.characters)) {
            if (tuning.characters.get(name).playable) {
                names.add(name);
            }
        }
        names.sort();
        if (names.contains(character, false)) {
            return null;
        }
        String known = " (playable characters, tuning.json's with playable: true: " + names.toString(", ") + ")";
        if (character.isEmpty()) {
            return "character: name who it is" + known;
        }
        String meant = DidYouMean.closest(character, names);
        return "character: '" + UserText.token(character) + "' is not a playable character"
                + (meant != null ? "; did you mean '" + meant + "'?" : "") + known;
    }
}
