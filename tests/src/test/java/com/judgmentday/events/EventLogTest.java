package com.judgmentday.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.badlogic.gdx.utils.IdentityMap;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

/** The log's records are made before the run and handed out once each: a consumer may keep any event it is given. */
class EventLogTest {
    @Test
    void everyEventIsItsOwnRecordPastTheStoreMadeUpFront() {
        EventLog log = new EventLog(8);
        IdentityMap<GameEvent, Boolean> seen = new IdentityMap<>();
        for (int i = 0; i < 20; i++) {
            log.setTick(i);
            GameEvent event = log.event(EventType.PERSON_SCREAMED).who(i, "civilian#" + i).amount(i).at(i, -i).emit();
            seen.put(event, true);
        }

        assertThat(seen.size).as("no record handed out twice").isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            GameEvent event = log.events().get(i);
            assertThat(event.tick).isEqualTo(i);
            assertThat(event.whoId).isEqualTo(i);
            assertThat(event.who()).isEqualTo("civilian#" + i);
            assertThat(event.amount).isEqualTo((float) i);
            assertThat(event.y).isEqualTo((float) -i);
            assertThat(event.whom).as("a field not filled in is blank, not the last event's").isEmpty();
        }
    }

    @Test
    void aClearedLogFillsItsRecordsInAgain() {
        EventLog log = new EventLog(4);
        GameEvent first = log.event(EventType.ESCORT_STUCK).what("ladder").emit();
        log.clear();

        GameEvent again = log.event(EventType.ESCORT_STUCK).what("lift").emit();

        assertThat(again).isSameAs(first);
        assertThat(again.what).isEqualTo("lift");
        assertThat(log.events().size).isEqualTo(1);
    }

    @Test
    void composedWordsReadAsPlusWritesThemAndCostNoGarbage() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EventLog log = new EventLog();
        String surface = "metal";
        float x = 24.04f;
        int left = 192;
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 2000; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            log.event(EventType.WEAPON_IMPACT).what(surface).text(surface).text(" ").text(Math.round(x * 10f) / 10f)
                    .text(", ").text(left).text(" left").emit();
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }

        assertThat(least).as("bytes to log an event with composed words").isZero();
        assertThat(log.events().get(0).detail())
                .isEqualTo(surface + " " + Math.round(x * 10f) / 10f + ", " + left + " left").isEqualTo("metal 24.0, 192 left");
        assertThat(log.events().get(1999).detail()).isEqualTo("metal 24.0, 192 left");
        assertThat(log.event(EventType.WEAPON_FIRED).detail("pistol").emit().detail()).as("plain words, after composed ones")
                .isEqualTo("pistol");
    }
}
