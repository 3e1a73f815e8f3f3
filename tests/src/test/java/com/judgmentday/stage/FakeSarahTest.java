package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.AppearanceComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.PoseComponent;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Outcome;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beat 8 on a small map: the T-1000 poses as Sarah to the T-800's left, the real (limping) Sarah stands to its right.
 * Shooting the fake reveals it; shooting the real one loses; waiting past the pose gets the player attacked.
 */
class FakeSarahTest {
    private static final ActionSet LEFT = new ActionSet().add(Action.LEFT);
    private static final ActionSet FIRE = new ActionSet().add(Action.FIRE);

    private static Entity t1000(StageRun run) {
        return run.simulation.t1000();
    }

    @Test
    void theT1000PosesAsSarahStandingStillWithItsFeetFusedIntoTheGrating() {
        try (StageRun run = new StageRun("fake-sarah").idle(30)) {
            GameEvent posing = run.simulation.events().first(EventType.T1000_POSING);
            assertThat(posing.whom).isEqualTo("sarah");
            assertThat(posing.what).isEqualTo("sarah");
            assertThat(posing.amount).isEqualTo(3f);
            Entity fake = t1000(run);
            AppearanceComponent looks = Mappers.APPEARANCE.get(fake);
            assertThat(looks.look).isEqualTo("sarah");
            assertThat(looks.sampled).as("it will thrash through her look as it melts").contains("sarah");
            PoseComponent pose = Mappers.POSE.get(fake);
            assertThat(pose.fusedTo).isEqualTo("steel");
            float x = Mappers.TRANSFORM.get(fake).x;
            run.idle(90);
            assertThat(Mappers.TRANSFORM.get(fake).x).as("it stands still").isCloseTo(x, org.assertj.core.data.Offset.offset(0.05f));
            assertThat(Mappers.T1000.get(fake).task).isEqualTo("pose");
            assertThat(run.all(EventType.T1000_ATTACK)).isEmpty();
            assertThat(run.simulation.outcome()).isEqualTo(Outcome.RUNNING);
        }
    }

    @Test
    void shootingTheDisguiseRevealsIt() {
        try (StageRun run = new StageRun("fake-sarah").idle(10).step(1, LEFT).step(2, FIRE).idle(10)) {
            GameEvent revealed = run.simulation.events().first(EventType.T1000_REVEALED);
            assertThat(revealed).isNotNull();
            assertThat(revealed.what).isEqualTo("shot");
            assertThat(revealed.tick).as("well before its 3 s were up").isLessThan(60);
            assertThat(Mappers.POSE.has(t1000(run))).isFalse();
            assertThat(Mappers.APPEARANCE.get(t1000(run)).look).as("back in its own look").isNotEqualTo("sarah");
            assertThat(run.simulation.outcome()).isEqualTo(Outcome.RUNNING);
            assertThat(run.all(EventType.OBJECTIVE_FAILED)).isEmpty();
        }
    }

    @Test
    void shootingTheRealSarahLosesWithTheReason() {
        try (StageRun run = new StageRun("fake-sarah").idle(10).step(2, FIRE).idle(2)) {
            assertThat(run.simulation.outcome()).isEqualTo(Outcome.LOSE);
            assertThat(run.simulation.outcomeReason()).isEqualTo("You shot Sarah.");
            assertThat(run.simulation.events().first(EventType.OBJECTIVE_FAILED).what).isEqualTo("real");
            assertThat(run.all(EventType.LEVEL_LOST)).hasSize(1);
            assertThat(run.simulation.events().first(EventType.T1000_REVEALED)).as("the fake was not touched").isNull();
        }
    }

    @Test
    void aGrenadeBurstingOnTheRealSarahLosesToo() {
        try (StageRun run = new StageRun("fake-sarah-m79").idle(10).step(2, FIRE).idle(60)) {
            GameEvent burst = run.simulation.events().first(EventType.EXPLOSION);
            assertThat(burst.whom).as("the player's fire does not pass her as an ally").isEqualTo("sarah");
            assertThat(run.simulation.outcome()).isEqualTo(Outcome.LOSE);
            assertThat(run.simulation.outcomeReason()).isEqualTo("You shot Sarah.");
        }
    }

    @Test
    void waitingPastItsSecondsGetsThePlayerAttacked() {
        try (StageRun run = new StageRun("fake-sarah").idle(179)) {
            assertThat(run.simulation.events().first(EventType.T1000_REVEALED)).isNull();
            run.idle(300);
            GameEvent revealed = run.simulation.events().first(EventType.T1000_REVEALED);
            assertThat(revealed.what).isEqualTo("time");
            assertThat(revealed.tick).isEqualTo(run.tickOf(EventType.T1000_POSING) + 180);
            GameEvent attack = run.simulation.events().first(EventType.T1000_ATTACK);
            assertThat(attack).as("it goes for the T-800").isNotNull();
            assertThat(attack.whom).isEqualTo("t800");
            assertThat(attack.tick).isGreaterThan(revealed.tick);
        }
    }

    @Test
    void aPoseRunsOutOnTimeWhileABeatHoldsIt() {
        try (StageRun run = new StageRun("fake-sarah-held").idle(200)) {
            assertThat(run.simulation.events().first(EventType.CHARACTER_HELD).amount).isEqualTo(5f);
            GameEvent revealed = run.simulation.events().first(EventType.T1000_REVEALED);
            assertThat(revealed).as("its 3 s are up though it is held for 5").isNotNull();
            assertThat(revealed.tick).isEqualTo(run.tickOf(EventType.T1000_POSING) + 180);
            assertThat(run.all(EventType.T1000_ATTACK)).as("still held: no blow yet").isEmpty();
        }
    }

    @Test
    void theRealSarahLimps() {
        try (StageRun run = new StageRun("fake-sarah").idle(2)) {
            Entity sarah = run.simulation.character("sarah");
            assertThat(Mappers.LIMP.has(sarah)).isTrue();
            assertThat(Mappers.CHARACTER.get(sarah).speedScale).isEqualTo(TestContent.tuning().damage.limpSpeed);
            assertThat(Mappers.LIMP.has(run.simulation.controlled())).isFalse();
            assertThat(Mappers.CHARACTER.get(run.simulation.controlled()).speedScale).isEqualTo(1f);
        }
    }
}
