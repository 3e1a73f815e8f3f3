package com.judgmentday.stage;

import com.judgmentday.events.EventType;

/** When something fires: an area entered, an event seen (some number of times), a timer, a beat finished, all or any of other triggers. */
public final class TriggerDef {
    /** How a trigger fires. */
    public enum When { ENTER, EVENT, TIMER, BEAT_DONE, ALL, ANY }

    /** A trigger's {@link #from} for runs from the level's start, not from a checkpoint. */
    public static final String FROM_START = "start";

    public int objectId;
    public String name;
    public When when = When.ENTER;
    /** For enter: the area (metres, x and y its lower left corner) and who must enter it. */
    public float x;
    public float y;
    public float width;
    public float height;
    public String by = "controlled";
    /** For event: the type, and who and what it must name (empty: any), and how many times it must be seen. */
    public EventType event;
    public String who = "";
    public String what = "";
    public int count = 1;
    /** For timer: ticks after the level starts. */
    public int ticks;
    /** For beat-done: the beat's object id. */
    public int after;
    /** For all and any: the other triggers' object ids. */
    public int[] parts = new int[0];
    /** The beat it starts (object id), or 0. */
    public int beat;
    /**
     * Fires only in runs started at these checkpoints ({@link #FROM_START}: from the level's start), written
     * comma-separated; empty: every run.
     */
    public String from = "";
    /** {@link #from}, one start point each (none: every run). */
    public String[] fromEach = new String[0];
    /** Fires again each time its condition comes true anew, rather than once. */
    public boolean repeat;

    /** Whether it may fire in a run started at {@code startedAt} (a checkpoint's Name, or {@link #FROM_START}). */
    public boolean armedIn(String startedAt) {
        if (fromEach.length == 0) {
            return true;
        }
        for (String start : fromEach) {
            if (start.equals(startedAt)) {
                return true;
            }
        }
        return false;
    }
}
