package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.sim.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A beat's orders to a character the player does not control: follow and stay (Sarah), and a call given to one of two. */
class EscortOrdersTest {
    @Test
    void sarahFollowsThePlayerWhenToldAndStaysWhenToldTo() {
        try (StageRun run = new StageRun("step-follow").step(230, StageRun.RIGHT)) {
            Entity sarah = run.simulation.character("sarah");
            assertThat(run.simulation.events().first(EventType.CHARACTER_FOLLOWS).subject).isEqualTo("sarah");
            float player = Mappers.TRANSFORM.get(run.simulation.controlled()).x;
            float x = Mappers.TRANSFORM.get(sarah).x;
            assertThat(x).as("she came along from 6 m").isGreaterThan(12f);
            assertThat(player - x).as("close behind the player").isLessThan(6f);
            run.step(30, StageRun.RIGHT);
            assertThat(run.tickOf(EventType.CHARACTER_STAYS)).isEqualTo(240);
            run.step(10, StageRun.NOTHING);
            float stayed = Mappers.TRANSFORM.get(sarah).x;
            run.step(600, StageRun.RIGHT);
            assertThat(Mappers.TRANSFORM.get(sarah).x).as("she stays where she was told to").isCloseTo(stayed, within(0.3f));
            assertThat(run.simulation.outcome()).as("the exit does not wait for one told to stay").isEqualTo(Outcome.WIN);
        }
    }

    @Test
    void callingOneEscortGivesTheT1000BackOnlyItsOwnQuarry() {
        try (StageRun run = new StageRun("step-call-one").idle(245)) {
            Entity john = run.simulation.john();
            Entity t1000 = run.simulation.t1000();
            assertThat(run.simulation.events().first(EventType.CHARACTER_CALLED).subject).isEqualTo("sarah");
            assertThat(Mappers.FOLLOW.get(john).hiding).isTrue();
            assertThat(Mappers.T1000.get(t1000).target).as("John still hides: it still hunts the player")
                    .isSameAs(run.simulation.controlled());
            run.idle(240);
            assertThat(run.all(EventType.CHARACTER_CALLED)).hasSize(2);
            assertThat(Mappers.T1000.get(t1000).target).as("John called: it hunts him again").isSameAs(john);
        }
    }
}
