package com.judgmentday.events;

import com.judgmentday.components.IdentityComponent;

/**
 * An event being filled in, field by field, before {@link #emit()} logs it: one reused draft per log, so the
 * typed fields cost no garbage (the record it fills in comes from the log's store), nor do words composed with
 * {@link #text} (the log keeps their characters; a String is made only when someone reads them).
 */
public final class EventDraft {
    private final EventLog log;
    EventType type;
    int whoId;
    String who;
    int whomId;
    String whom;
    String what;
    float amount;
    String detail;
    /** Words composed with {@link #text}, which replace {@link #detail} when there are any. */
    final StringBuilder words = new StringBuilder(128);
    float x;
    float y;

    EventDraft(EventLog log) {
        this.log = log;
    }

    EventDraft reset(EventType type) {
        this.type = type;
        whoId = GameEvent.NOBODY;
        who = "level";
        whomId = GameEvent.NOBODY;
        whom = "";
        what = "";
        amount = Float.NaN;
        detail = "";
        words.setLength(0);
        x = Float.NaN;
        y = Float.NaN;
        return this;
    }

    /** Who did it: an entity's id and report name. */
    public EventDraft who(int id, String name) {
        whoId = id;
        who = name;
        return this;
    }

    /** Who did it: an entity by its identity (none: the level). */
    public EventDraft who(IdentityComponent identity) {
        return identity == null ? this : who(identity.id, identity.name);
    }

    /** To whom it was done: an entity by its identity (none: nobody). */
    public EventDraft whom(IdentityComponent identity) {
        return identity == null ? this : whom(identity.id, identity.name);
    }

    /** To whom it was done. */
    public EventDraft whom(int id, String name) {
        whomId = id;
        whom = name;
        return this;
    }

    /** What it concerns (an object's name, a character id, a key). */
    public EventDraft what(String what) {
        this.what = what;
        return this;
    }

    public EventDraft amount(float amount) {
        this.amount = amount;
        return this;
    }

    /** The report's words. */
    public EventDraft detail(String detail) {
        this.detail = detail;
        return this;
    }

    /**
     * Adds to the report's words, composed piece by piece without garbage (in place of {@link #detail(String)}): what
     * {@code +} on strings would write.
     */
    public EventDraft text(String piece) {
        words.append(piece);
        return this;
    }

    /** Adds a number to the report's words, as {@code +} on strings would write it. */
    public EventDraft text(int number) {
        words.append(number);
        return this;
    }

    /** Adds a number to the report's words, as {@code +} on strings would write it. */
    public EventDraft text(float number) {
        words.append(number);
        return this;
    }

    /** Where, metres. */
    public EventDraft at(float x, float y) {
        this.x = x;
        this.y = y;
        return this;
    }

    /** Logs the event and tells the listeners. */
    public GameEvent emit() {
        GameEvent event = log.record();
        event.set(log.tick(), type, whoId, who, whomId, whom, what, amount, detail, x, y);
        if (words.length() > 0) {
            log.keepWords(event, words);
        }
        return log.add(event);
    }
}
