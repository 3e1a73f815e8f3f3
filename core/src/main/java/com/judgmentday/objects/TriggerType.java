package com.judgmentday.objects;

import com.judgmentday.level.ObjectTypeDef;

import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.POLYGON;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * When something happens (the stage's): its schema entry here; the stage reads triggers with the level's beats and
 * objectives ({@code StageReader}), since a trigger names beats and other triggers, and runs them (TriggerSystem).
 */
final class TriggerType extends ObjectType<Void> {
    TriggerType() {
        super(new ObjectTypeDef("trigger", "When something happens: an area entered, an event seen, a timer, a beat"
                + " finished, all or any of other triggers; it starts a beat.", RECTANGLE, POLYGON, POINT)
                .choice("when", "enter", "what fires it", "enter", "event", "timer", "beat-done", "all", "any")
                .choice("by", "controlled", "for enter: who must enter the area", "controlled", "john", "t1000", "anyone")
                .text("event", "", "for event: the event's id (t1000.frozen, person.down, casualty...)")
                .text("who", "", "for event: only events by this name (john, t1000, a crate's name); empty: anyone")
                .text("what", "", "for event: only events about this (an exit's, door's or beat's name); empty: anything")
                .whole("count", "1", 1, 100000, "for event: how many times it must be seen")
                .number("seconds", "0", 0, 3600, "for timer: seconds after the level starts")
                .ref("after", "0", "for beat-done: the beat it waits for; for event and enter: only events, or entering, once that beat has begun count", "beat")
                .text("of", "", "for all and any: the other triggers' IDs, comma-separated")
                .ref("beat", "0", "the beat it starts (none: it only serves an all or any)", "beat")
                .text("from", "", "only in runs started at these checkpoints (their Names, comma-separated), or 'start'"
                        + " for runs from the level's start; empty: every run (a checkpoint's own opening beat)")
                .flag("repeat", false, "fires every time its condition comes true anew, rather than once"));
    }

    @Override
    public Void read(ObjectReading in) {
        return null;
    }
}
