package com.judgmentday.scenario;

import com.judgmentday.events.EventType;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static com.judgmentday.support.RunEvents.first;
import static org.assertj.core.api.Assertions.assertThat;

/** Headless scenario on the real steel-mill-run: Sarah and John's chase is a fight, as the shipped script plays it. */
class SteelMillRunTest {
    @Test
    void theChaseToThePlatformIsAFight() {
        // A tester crossed the chase with one shell: the T-1000 came from the catwalk's far side, held 2.5 s, and
        // never caught up. It drops from the near landing now, is held only as John reaches the chain, and then
        // stands between Sarah and the platform.
        RunReport report = Scenario.level("steel-mill-run").script("steel-mill-run.txt").run();
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        long from = first(report, EventType.BEAT_STARTED, "it comes after them").tick;
        long to = first(report, EventType.BEAT_STARTED, "Sarah on the platform").tick;
        assertThat(report.events).filteredOn(e -> e.type == EventType.T1000_KNOCKED_BACK && e.tick > from && e.tick < to)
                .as("Sarah blasts it back again and again on her way").hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.casualties).isEmpty();
    }
}
