package com.judgmentday.bot;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.ObjectSet;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.LevelDef;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.StageState;
import com.judgmentday.stage.TriggerDef;

/** Where the level's scenes start: the area a trigger has the player walk into to begin a beat, found once a beat. */
final class ScenePlaces {
    private final LevelDef level;
    /** Each beat asked for, and its place (null: none). */
    private final ObjectMap<String, ZoneComponent> beatPlaces = new ObjectMap<>();
    /** The beats whose place John must walk into. */
    private final ObjectSet<String> johnWalksIn = new ObjectSet<>();

    ScenePlaces(LevelDef level) {
        this.level = level;
    }

    /**
     * The area the player walks into to start the beat of that name (a trigger entered by the controlled character),
     * else one John walks into (he follows the player there), or null: a beat an objective counts the end of is
     * reached by going there.
     */
    ZoneComponent place(String beat) {
        ZoneComponent place = beatPlaces.get(beat);
        if (place != null || beatPlaces.containsKey(beat)) {
            return place;
        }
        TriggerDef area = area(beat, "controlled");
        if (area == null) {
            area = area(beat, "john");
            if (area != null) {
                johnWalksIn.add(beat);
            }
        }
        if (area != null) {
            place = new ZoneComponent();
            place.x = area.x;
            place.y = area.y;
            place.width = area.width;
            place.height = area.height;
        }
        beatPlaces.put(beat, place);
        return place;
    }

    /** The place of that beat (asked for first) starts it when John walks in, not the player. */
    boolean johnWalksIn(String beat) {
        return johnWalksIn.contains(beat);
    }

    /** The beat of that name is playing now (begun and not yet finished): its place has done its work. */
    boolean playing(String beat, StageState state) {
        for (int i = 0; i < level.beats.size; i++) {
            if (level.beats.get(i).name.equals(beat)) {
                return state.step[i] != StageState.NONE;
            }
        }
        return false;
    }

    /** The area entered by {@code by} that starts the beat: the trigger's own, or, for all/any of several, a part's. */
    private TriggerDef area(String beat, String by) {
        // Indexed: libGDX reuses an Array's iterator, and trigger(part) walks the same array inside this loop.
        Array<TriggerDef> triggers = level.triggers;
        for (int i = 0; i < triggers.size; i++) {
            TriggerDef trigger = triggers.get(i);
            BeatDef started = level.beat(trigger.beat);
            if (started != null && started.name.equals(beat)) {
                TriggerDef area = entered(trigger, by);
                for (int part : trigger.parts) {
                    area = area != null ? area : entered(trigger(part), by);
                }
                if (area != null) {
                    return area;
                }
            }
        }
        return null;
    }

    /** The trigger when {@code by} walks into its area, else null. */
    private static TriggerDef entered(TriggerDef trigger, String by) {
        return trigger != null && trigger.when == TriggerDef.When.ENTER && by.equals(trigger.by) ? trigger : null;
    }

    private TriggerDef trigger(int objectId) {
        Array<TriggerDef> triggers = level.triggers;
        for (int i = 0; i < triggers.size; i++) {
            if (triggers.get(i).objectId == objectId) {
                return triggers.get(i);
            }
        }
        return null;
    }
}
