package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;

import java.util.Locale;

/**
 * What the story did to the cast before a place in it, as a checkpoint or a whole map writes it: the characters who
 * lost an arm ({@code oneArmed}) and those whose emergency power reroute is spent ({@code rebooted}), by id.
 */
public final class StorySoFar {
    public static final String ONE_ARMED = "oneArmed";
    public static final String REBOOTED = "rebooted";
    /** A checkpoint's: who the story took out of the level before it. */
    public static final String GONE = "gone";
    /** A checkpoint's: the objectives met before it. */
    public static final String MET = "met";
    /** A checkpoint's: the doors opened before it. */
    public static final String OPENED = "opened";

    private StorySoFar() {
    }

    /** The ids of a comma-separated list, folded to lower case; none for an empty one. */
    public static String[] names(String list) {
        String trimmed = list.trim().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s*,\\s*");
    }

    /** A problem for each name in the lists that tuning's characters can't bear out. */
    public static void check(ObjectMap<String, String> properties, TuningDef tuning, String file, int id, String label,
                             Array<Problem> problems) {
        for (String name : names(properties.get(ONE_ARMED, ""))) {
            CharacterDef def = tuning.characters.get(name);
            if (def == null || def.cutFreeSeconds <= 0f) {
                problems.add(new Problem(file, id, label, ONE_ARMED + ": '" + UserText.token(name)
                        + "' is no character machinery can hold (tuning.json's characters with a cutFreeSeconds)"));
            }
        }
        for (String name : names(properties.get(GONE, ""))) {
            if (!name.equals("t1000") && !tuning.characters.containsKey(name)) {
                problems.add(new Problem(file, id, label, GONE + ": '" + UserText.token(name)
                        + "' is neither t1000 nor a character of tuning.json"));
            }
        }
        for (String name : names(properties.get(REBOOTED, ""))) {
            CharacterDef def = tuning.characters.get(name);
            if (def == null || def.shutdown == null) {
                problems.add(new Problem(file, id, label, REBOOTED + ": '" + UserText.token(name)
                        + "' is no character that shuts down (tuning.json's characters with a shutdown)"));
            }
        }
    }
}
