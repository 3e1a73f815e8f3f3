package com.judgmentday.events;

/** Hears every event as it happens: the way effects, sound and UI learn about the simulation. */
public interface GameEventListener {
    void onEvent(GameEvent event);
}
