package com.judgmentday.events;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectIntMap;

/**
 * Keeps every event of a run in order, tells listeners, and counts statistics for the report. The records are made
 * before the run, {@link #STORE} of them, so logging an event costs no garbage until a run has logged that many
 * (then each further one is made as it comes); a record is
 * not reused (unless the log is {@link #clear cleared}), so consumers may keep them.
 */
public final class EventLog {
    /**
     * Records made up front: several times what a whole run logs (a bot run of the Galleria logs 127; the
     * 40-person crowd bench 446 in 17 s).
     */
    public static final int STORE = 4096;
    /**
     * Characters of composed words made room for up front, per record: a composed detail is 10-40 characters, and most
     * records compose none (the crowd bench's 446 records in 17 s compose under 18,000).
     */
    private static final int WORDS_PER_EVENT = 16;
    private final Array<GameEvent> events;
    private final GameEvent[] store;
    private final Array<GameEventListener> listeners = new Array<>(false, 4, GameEventListener.class);
    private final ObjectIntMap<String> stats = new ObjectIntMap<>();
    private final EventDraft draft = new EventDraft(this);
    /** The composed words of every event logged, one after another (each event knows where its own are). */
    private final StringBuilder words;
    private long tick;

    /** A log whose records are made up front ({@link #STORE}). */
    public EventLog() {
        this(STORE);
    }

    /** A log with {@code store} records made up front (a small one for a short-lived log). */
    public EventLog(int store) {
        this.store = new GameEvent[store];
        for (int i = 0; i < store; i++) {
            this.store[i] = new GameEvent();
        }
        events = new Array<>(false, Math.max(store, 16), GameEvent.class);
        words = new StringBuilder(Math.max(256, store * WORDS_PER_EVENT));
    }

    /** The tick new events are stamped with; the simulation sets it before each step. */
    public void setTick(long tick) {
        this.tick = tick;
    }

    /** The tick events are stamped with now. */
    public long tick() {
        return tick;
    }

    /** Starts an event with typed fields; fill them in and call {@link EventDraft#emit()}. */
    public EventDraft event(EventType type) {
        return draft.reset(type);
    }

    /** The next blank record: one made up front while they last. */
    GameEvent record() {
        return events.size < store.length ? store[events.size] : new GameEvent();
    }

    /** Keeps an event's composed words with the log's, for the event to read when asked. */
    void keepWords(GameEvent event, CharSequence composed) {
        int from = words.length();
        words.append(composed);
        event.setWords(words, from, words.length());
    }

    GameEvent add(GameEvent event) {
        events.add(event);
        for (int i = 0; i < listeners.size; i++) {
            listeners.items[i].onEvent(event);
        }
        return event;
    }

    /**
     * Forgets every event, for a log read and emptied as it goes (the bot's notes): its records are filled in again,
     * so nothing may keep them.
     */
    public void clear() {
        events.clear();
        words.setLength(0);
    }

    /** Adds to a named counter (no garbage once the name is known). */
    public void count(String stat, int amount) {
        stats.getAndIncrement(stat, 0, amount);
    }

    public void addListener(GameEventListener listener) {
        listeners.add(listener);
    }

    public void removeListener(GameEventListener listener) {
        listeners.removeValue(listener, true);
    }

    public Array<GameEvent> events() {
        return events;
    }

    public ObjectIntMap<String> stats() {
        return stats;
    }

    /** The first event of a type, or null. */
    public GameEvent first(EventType type) {
        for (GameEvent event : events) {
            if (event.type == type) {
                return event;
            }
        }
        return null;
    }
}
