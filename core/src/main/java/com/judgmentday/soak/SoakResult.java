package com.judgmentday.soak;

import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.badlogic.gdx.utils.Array;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a soak of one level came to: ticks played, runs and how they ended, failures, the heap's verdict, speed. */
public final class SoakResult {
    /** Failures kept in full; more are only counted (a broken level fails the same way every run). */
    public static final int KEPT_FAILURES = 20;

    public final String level;
    public long ticks;
    /** Simulations started after the first: a run won, lost, timed out or failed, and the next began. */
    public int restarts;
    public int won;
    public int lost;
    /** Runs cut off at {@link Soak#RUN_TICKS} still going, so every start point gets its turn. */
    public int timedOut;
    public int failureCount;
    public final List<SoakFailure> failures = new ArrayList<>();
    /** The heap's verdict phrase, and whether it grew past its bound. */
    public String heap = "";
    public boolean leaking;
    public double wallSeconds;
    /** How often each kind of event happened over all the runs, by ordinal: what the soak exercised. */
    public final int[] events = new int[EventType.values().length];

    SoakResult(String level) {
        this.level = level;
    }

    void fail(SoakFailure failure) {
        failureCount++;
        if (failures.size() < KEPT_FAILURES) {
            failures.add(failure);
        }
    }

    void tally(Array<GameEvent> happened) {
        for (GameEvent event : happened) {
            events[event.type.ordinal()]++;
        }
    }

    public int count(EventType type) {
        return events[type.ordinal()];
    }

    /** The events that happened, most frequent first: "weapon.fired 5120, hurt 903, ...". */
    public String exercised() {
        List<EventType> seen = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (count(type) > 0) {
                seen.add(type);
            }
        }
        seen.sort((a, b) -> Integer.compare(count(b), count(a)));
        StringBuilder out = new StringBuilder();
        for (EventType type : seen) {
            out.append(out.length() == 0 ? "" : ", ").append(type.id).append(' ').append(count(type));
        }
        return out.toString();
    }

    /** Nothing found: no exception, no broken invariant, the heap flat (or too short a run to judge). */
    public boolean clean() {
        return failureCount == 0 && !leaking;
    }

    /** Simulated seconds per wall-clock second. */
    public double speed() {
        return wallSeconds > 0 ? ticks / 60.0 / wallSeconds : Double.POSITIVE_INFINITY;
    }

    /** The one line the soak command prints for the level. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %s, %d ticks (%.1f sim min), %d restarts (won %d, lost %d, cut off %d),"
                        + " %d failures, %s, %.1f s wall (%.0fx)", level, clean() ? "clean" : "FAILED", ticks,
                ticks / 3600.0, restarts, won, lost, timedOut, failureCount, heap, wallSeconds, speed());
    }
}
