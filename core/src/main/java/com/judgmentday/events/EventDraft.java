package com.judgmentday.events;

import com.judgmentday.components.IdentityComponent;

/**
 * An event being filled in, field by field, before {@link #emit()} logs it: one reused draft per log, so the
 * typed fields cost no garbage (the record it fills in comes from the log's store).
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
        return log.add(event);
    }
}
