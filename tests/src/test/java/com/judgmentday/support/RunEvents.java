package com.judgmentday.support;

import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.report.RunReport;

/** Finding a run's events for scenario tests that check a level's beats happen, and in order. */
public final class RunEvents {
    private RunEvents() {
    }

    /**
     * The first event of that type in the run, about {@code about} (its subject, its what or its detail) unless that
     * is null; a failure naming the missing event otherwise.
     */
    public static GameEvent first(RunReport report, EventType type, String about) {
        for (GameEvent event : report.events) {
            if (event.type == type && (about == null || about.equals(event.subject) || about.equals(event.what)
                    || about.equals(event.detail()))) {
                return event;
            }
        }
        throw new AssertionError("no " + type.id + (about == null ? "" : " (" + about + ")") + " event");
    }
}
