package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.events.EventType;

/**
 * One of a level's objectives: a goal met in order (reach an exit, melt the T-1000, see an event N times,
 * survive a time), a charge whose failure loses (protect someone, don't shoot someone), or an optional star (no
 * casualties).
 */
public final class ObjectiveDef {
    /** What the objective asks. */
    public enum Kind { REACH, MELT, COUNT, SURVIVE, PROTECT, DONT_SHOOT, NO_CASUALTIES }

    public String id;
    public Kind kind;
    /**
     * For reach: the exit's name (empty: any exit); for protect and dont-shoot: the character's report name; for count:
     * what the events must be about (empty: anything).
     */
    public String arg = "";
    /** For count: the event and how many. */
    public EventType event;
    public int count;
    /** For survive: ticks. */
    public int ticks;
    /** The words on screen ("Get John out"). */
    public String text = "";
    /** Hidden until a beat's objective step shows it; it still has to be met to win. */
    public boolean later;
    /** The line of the map's objectives property it was written on, for messages. */
    public int line;

    /** What a level that names no objectives asks: reach an exit, with John alive when he is there. */
    public static Array<ObjectiveDef> defaults(boolean john) {
        Array<ObjectiveDef> objectives = new Array<>();
        ObjectiveDef out = new ObjectiveDef();
        out.id = "exit";
        out.kind = Kind.REACH;
        out.text = john ? "Get John out" : "Reach the exit";
        objectives.add(out);
        if (john) {
            ObjectiveDef protect = new ObjectiveDef();
            protect.id = "john";
            protect.kind = Kind.PROTECT;
            protect.arg = "john";
            protect.text = "Keep John alive";
            objectives.add(protect);
        }
        return objectives;
    }

    /** A goal is met, in order, toward the win; the others watch over the whole run. */
    public boolean goal() {
        return kind == Kind.REACH || kind == Kind.MELT || kind == Kind.COUNT || kind == Kind.SURVIVE;
    }
}
