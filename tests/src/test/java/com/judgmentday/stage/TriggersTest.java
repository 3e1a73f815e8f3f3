package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of trigger, on its own small level, firing when it should and not before. */
class TriggersTest {
    @Test
    void anAreaFiresWhenTheControlledCharacterEntersItAndAnotherWhenJohnDoes() {
        try (StageRun run = new StageRun("trigger-enter")) {
            long entered = -1;
            for (int tick = 0; tick < 400 && entered < 0; tick++) {
                run.step(1, StageRun.RIGHT);
                if (Mappers.TRANSFORM.get(run.simulation.controlled()).x >= 10f) {
                    entered = run.simulation.tick();
                }
            }
            Array<GameEvent> lines = run.all(EventType.LINE_SAID);
            assertThat(lines).isNotEmpty();
            assertThat(lines.first().what).isEqualTo("john.trust-me");
            assertThat(lines.first().tick).isEqualTo(entered);
            run.step(240, StageRun.RIGHT);
            lines = run.all(EventType.LINE_SAID);
            assertThat(lines).extracting(event -> event.what).containsExactly("john.trust-me", "t800.affirmative");
            assertThat(lines.get(1).tick).as("John reaches x 15 m after the player").isGreaterThan(entered);
        }
    }

    @Test
    void anEventTriggerWaitsForItsCount() {
        try (StageRun run = new StageRun("trigger-event")) {
            run.step(300, StageRun.RIGHT);
            Array<GameEvent> taken = run.all(EventType.PICKUP_TAKEN);
            assertThat(taken).hasSize(2);
            GameEvent first = taken.first();
            assertThat(first.what).as("typed: the item").isEqualTo("ammo");
            assertThat(first.whoId).isEqualTo(Mappers.IDENTITY.get(run.simulation.controlled()).id);
            assertThat(first.amount).isEqualTo(1f);
            assertThat(run.all(EventType.LINE_SAID)).hasSize(1);
            assertThat(run.tickOf(EventType.LINE_SAID)).isEqualTo(taken.get(1).tick);
        }
    }

    @Test
    void anEventTriggerWithAfterCountsOnlyEventsOnceThatBeatHasBegun() {
        try (StageRun run = new StageRun("trigger-event-after")) {
            run.step(400, StageRun.RIGHT);
            Array<GameEvent> taken = run.all(EventType.PICKUP_TAKEN);
            assertThat(taken).hasSize(2);
            assertThat(run.tickOf(EventType.BEAT_STARTED)).as("the line is between the two").isBetween(taken.first().tick,
                    taken.get(1).tick);
            assertThat(run.all(EventType.LINE_SAID)).as("one pick-up past the line is enough").hasSize(1);
            assertThat(run.tickOf(EventType.LINE_SAID)).isEqualTo(taken.get(1).tick);
        }
    }

    @Test
    void anEnterTriggerWithAfterCountsOnlyEnteringOnceThatBeatHasBegun() {
        // The post (6-7 m) is passed on the way to the line (12 m): that does not count. Walking back to it does.
        try (StageRun run = new StageRun("trigger-enter-after")) {
            run.step(200, StageRun.RIGHT);
            assertThat(run.tickOf(EventType.BEAT_STARTED)).as("past the line").isPositive();
            assertThat(run.all(EventType.LINE_SAID)).as("the post was passed before the line").isEmpty();
            run.step(200, new com.judgmentday.input.ActionSet().add(com.judgmentday.input.Action.LEFT));
            assertThat(run.all(EventType.LINE_SAID)).hasSize(1);
        }
    }

    @Test
    void aTimerFiresOnceAtItsTimeAndARepeatingOneEveryPeriod() {
        try (StageRun run = new StageRun("trigger-timer").idle(150)) {
            assertThat(run.tickOf(EventType.LINE_SAID)).isEqualTo(60);
            assertThat(run.all(EventType.TRIGGER_FIRED)).filteredOn(event -> event.what.equals("every half second"))
                    .extracting(event -> event.tick).containsExactly(30L, 60L, 90L, 120L, 150L);
        }
    }

    @Test
    void aBeatDoneTriggerFiresWhenItsBeatEnds() {
        try (StageRun run = new StageRun("trigger-beat-done").idle(120)) {
            GameEvent finished = run.simulation.events().first(EventType.BEAT_FINISHED);
            assertThat(finished.what).isEqualTo("pause");
            assertThat(finished.tick).as("the wait began at tick 1").isEqualTo(61);
            assertThat(run.tickOf(EventType.LINE_SAID)).as("a beat-done trigger sees it on the next tick").isEqualTo(62);
        }
    }

    @Test
    void anyOfFiresWithItsFirstPartAndAllOfWithItsLast() {
        try (StageRun run = new StageRun("trigger-all-any").idle(90)) {
            assertThat(run.all(EventType.LINE_SAID)).extracting(event -> event.what + "@" + event.tick)
                    .containsExactly("t800.no-problemo@30", "t800.affirmative@60");
        }
    }
}
