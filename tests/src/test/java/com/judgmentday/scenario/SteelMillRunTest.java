package com.judgmentday.scenario;

import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.report.RunReport;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static com.judgmentday.support.RunEvents.first;
import static org.assertj.core.api.Assertions.assertThat;

/** Headless scenario on the real steel-mill-run: Sarah and John's chase is a fight, as the shipped script plays it. */
class SteelMillRunTest {
    @Test
    void sarahDrivesItBackToThePlatformJohnBehindHer() {
        // Round 14's tester: "the chase was over in about 5 s; I never really got between". As in the film, the
        // T-1000 is ahead of them now ("already coming up to the platform"): Sarah drives it back, shell by shell,
        // John behind her, over open floor (an ingot stack and the roll stand were walls it stood against).
        RunReport report = Scenario.level("steel-mill-run").script("steel-mill-run.txt").run();
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        GameEvent arrived = first(report, EventType.T1000_ARRIVED, null);
        assertThat(arrived.x).as("it comes in ahead of them, on the return belt").isGreaterThan(70f);
        long from = first(report, EventType.BEAT_STARTED, "it comes after them").tick;
        long to = first(report, EventType.BEAT_STARTED, "down the chain").tick;
        assertThat(report.events).filteredOn(e -> e.type == EventType.T1000_KNOCKED_BACK && e.tick > from && e.tick < to)
                .as("Sarah blasts it back again and again on her way").hasSizeGreaterThanOrEqualTo(20);
        assertThat(to - from).as("a fight of half a minute, not a run of five seconds").isGreaterThan(20L * 60);
        // The report samples each second: the player's x and y, John's, the T-1000's.
        int second = (int) (to / 60);
        assertThat(report.positions.get(second * 6 + 4)).as("driven back to the platform's chain (101 m)").isGreaterThan(95f);
        assertThat(report.casualties).isEmpty();
    }

    @Test
    void johnGoesOverThePlatformAndDownTheChainBeyondAndTheDriveKeepsItsCheckpoints() {
        // Round 20: "John did not visibly go down any chain; he ran along the floor", and a death on the platform
        // restarted at the chase, "the whole 1.5-minute push lost". Billets under the platform's east end send him over
        // it and down the chain to the conveyor, as the caption says; halfway and the platform are checkpoints now.
        RunReport report = Scenario.level("steel-mill-run").script("steel-mill-run.txt").run();
        assertThat(report.outcome).as(report.summary()).isEqualTo(Outcome.WIN);
        long chase = first(report, EventType.CHECKPOINT_REACHED, "the chase").tick;
        long halfway = first(report, EventType.CHECKPOINT_REACHED, "halfway").tick;
        long platform = first(report, EventType.CHECKPOINT_REACHED, "the platform").tick;
        assertThat(chase).isLessThan(halfway);
        assertThat(halfway).isLessThan(platform);
        assertThat(platform).isEqualTo(first(report, EventType.BEAT_STARTED, "down the chain").tick);
        float highest = 0f;
        float johnX = 0f;
        // The report samples each second: the player's x and y, John's, the T-1000's.
        for (int second = (int) (platform / 60) + 1; second * 6 + 3 < report.positions.size; second++) {
            highest = Math.max(highest, report.positions.get(second * 6 + 3));
            johnX = report.positions.get(second * 6 + 2);
        }
        assertThat(highest).as("John's highest after he is sent on, metres: up on the platform (8.5)").isGreaterThan(8f);
        assertThat(johnX).as("on the conveyor below, past the chain at 114 m").isGreaterThan(115f);
    }
}
