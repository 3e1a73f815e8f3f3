package com.judgmentday.bot;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.components.ZoneComponent;
import com.judgmentday.level.LevelDef;
import com.judgmentday.stage.BeatDef;
import com.judgmentday.stage.TriggerDef;

/** Where the level's scenes start: the area a trigger has the player walk into to begin a beat, found once a beat. */
final class ScenePlaces {
    private final LevelDef level;
    /** Each beat asked for, and its place (null: none). */
    private final ObjectMap<String, ZoneComponent> beatPlaces = new ObjectMap<>();

    ScenePlaces(LevelDef level) {
        this.level = level;
    }

    /**
     * The area the player walks into to start the beat of that name (a trigger entered by the controlled character),
     * or null: a beat an objective counts the end of is reached by going there.
     */
    ZoneComponent place(String beat) {
        ZoneComponent place = beatPlaces.get(beat);
        if (place != null || beatPlaces.containsKey(beat)) {
            return place;
        }
        // Indexed: libGDX reuses an Array's iterator, and trigger(part) walks the same array inside this loop.
        Array<TriggerDef> triggers = level.triggers;
        for (int i = 0; i < triggers.size; i++) {
            TriggerDef trigger = triggers.get(i);
            BeatDef started = level.beat(trigger.beat);
            if (started != null && started.name.equals(beat)) {
                // Its own area, or, for all/any of several, the part the player walks into.
                TriggerDef area = entered(trigger);
                for (int part : trigger.parts) {
                    area = area != null ? area : entered(trigger(part));
                }
                if (area != null) {
                    place = new ZoneComponent();
                    place.x = area.x;
                    place.y = area.y;
                    place.width = area.width;
                    place.height = area.height;
                    break;
                }
            }
        }
        beatPlaces.put(beat, place);
        return place;
    }

    /** The trigger when the player walks into its area, else null. */
    private static TriggerDef entered(TriggerDef trigger) {
        return trigger != null && trigger.when == TriggerDef.When.ENTER && "controlled".equals(trigger.by)
                ? trigger : null;
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
