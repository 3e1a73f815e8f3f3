package com.judgmentday.events;

/**
 * Something that happened in the simulation at a tick, with typed fields that consumers (triggers, objectives,
 * subtitles, sound, effects, camera) read, and the report's words in {@link #detail()}. Read-only to everyone but the
 * {@link EventLog}, which fills in records it made before the run (so logging costs no garbage) and reuses one only
 * when the log is cleared.
 */
public final class GameEvent {
    /** No entity in a who or whom field. */
    public static final int NOBODY = -1;
    public long tick;
    public EventType type;
    /** Who did it or had it happen to them: the report name of the entity, or "level". */
    public String subject;
    /** The entity id ({@code IdentityComponent.id}) of {@link #subject}, or {@link #NOBODY}. */
    public int whoId;
    /** To whom it was done: a report name ("john"), or empty. */
    public String whom;
    public int whomId;
    /** What it concerns: an object's name, a character id, a line key, an objective id; may be empty. */
    public String what;
    /** How much (damage, count, seconds...), or NaN when it has no amount. */
    public float amount;
    /** Free text for people reading the report (see {@link #detail()}); null while it is still in {@link #words}. */
    private String detail;
    /** Words composed as the event was logged: {@code words[wordsFrom, wordsTo)} is the detail, made a String when read. */
    private CharSequence words;
    private int wordsFrom;
    private int wordsTo;
    /** Where it happened, metres, for effects and sound; NaN when it has no one place. */
    public float x;
    public float y;

    public GameEvent(long tick, EventType type, int whoId, String who, int whomId, String whom, String what,
                     float amount, String detail, float x, float y) {
        set(tick, type, whoId, who, whomId, whom, what, amount, detail, x, y);
    }

    /** A blank record for the log to fill in. */
    GameEvent() {
    }

    void set(long tick, EventType type, int whoId, String who, int whomId, String whom, String what,
             float amount, String detail, float x, float y) {
        this.tick = tick;
        this.type = type;
        this.whoId = whoId;
        this.subject = who;
        this.whomId = whomId;
        this.whom = whom;
        this.what = what;
        this.amount = amount;
        this.detail = detail;
        this.words = null;
        this.x = x;
        this.y = y;
    }

    /** The detail is the words the log composed for it, read (and kept) only when someone asks. */
    void setWords(CharSequence words, int from, int to) {
        this.detail = null;
        this.words = words;
        this.wordsFrom = from;
        this.wordsTo = to;
    }

    /** Free text for people reading the report; may be empty. */
    public String detail() {
        if (detail == null) {
            detail = words.subSequence(wordsFrom, wordsTo).toString();
            words = null;
        }
        return detail;
    }

    /** The report name of who did it (the same as {@link #subject}). */
    public String who() {
        return subject;
    }

    /** It happened at one place (x and y are set). */
    public boolean placed() {
        return !Float.isNaN(x);
    }

    /** It carries an amount. */
    public boolean counted() {
        return !Float.isNaN(amount);
    }

    @Override
    public String toString() {
        return tick + " " + type.id + " " + subject + (detail().isEmpty() ? "" : " " + detail());
    }
}
