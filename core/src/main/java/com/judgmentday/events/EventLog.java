package com.judgmentday.events;

import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.ObjectIntMap;

/** Keeps every event of a run in order, tells listeners, and counts statistics for the report. */
public final class EventLog {
    private final Array<GameEvent> events = new Array<>(false, 64, GameEvent.class);
    private final Array<GameEventListener> listeners = new Array<>(false, 4, GameEventListener.class);
    private final ObjectIntMap<String> stats = new ObjectIntMap<>();
    private final EventDraft draft = new EventDraft(this);
    private long tick;

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

    GameEvent add(GameEvent event) {
        events.add(event);
        for (int i = 0; i < listeners.size; i++) {
            listeners.items[i].onEvent(event);
        }
        return event;
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
