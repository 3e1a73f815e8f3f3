package com.judgmentday.events;

/** Something that happened in the simulation at a tick: a report line, a cue for sound and effects. */
public final class GameEvent {
    public final long tick;
    public final EventType type;
    /** The report name of the entity it happened to or by, or "level". */
    public final String subject;
    /** Free text for people reading the report; may be empty. */
    public final String detail;
    /** Where it happened, metres, for effects and sound; NaN when it has no one place. */
    public final float x;
    public final float y;

    public GameEvent(long tick, EventType type, String subject, String detail) {
        this(tick, type, subject, detail, Float.NaN, Float.NaN);
    }

    public GameEvent(long tick, EventType type, String subject, String detail, float x, float y) {
        this.tick = tick;
        this.type = type;
        this.subject = subject;
        this.detail = detail;
        this.x = x;
        this.y = y;
    }

    /** It happened at one place (x and y are set). */
    public boolean placed() {
        return !Float.isNaN(x);
    }

    @Override
    public String toString() {
        return tick + " " + type.id + " " + subject + (detail.isEmpty() ? "" : " " + detail);
    }
}
