package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A civilian (tuning.json's roles.civilian and assets/ai/civilian.tree) frightened by a shot screams once, runs
 * away from it along its graph until it is 12 m off, cowers there, and calms down 6 s after; an orderly, whose role has
 * no tree, stands where it is.
 */
class CiviliansTest {
    private static final ActionSet LEFT = new ActionSet().add(Action.LEFT);
    private static final ActionSet RIGHT = new ActionSet().add(Action.RIGHT);
    private static final ActionSet FIRE = new ActionSet().add(Action.FIRE);

    @Test
    void aShotBehindHerSendsTheShopperRunningScreamingThenSheCowersAndCalmsDown() {
        try (StageRun run = new StageRun("civilians").idle(30).step(2, LEFT).step(2, FIRE)) {
            Entity shopper = run.named("civilian#4");
            Entity guard = run.named("orderly#5");
            float guardX = Mappers.TRANSFORM.get(guard).x;
            run.idle(3);
            assertThat(run.all(EventType.PERSON_SCREAMED)).as("once").hasSize(1)
                    .allMatch(e -> e.subject.equals("civilian#4"));
            float before = Mappers.TRANSFORM.get(shopper).x;
            run.idle(15);
            assertThat(Mappers.AWARENESS.get(shopper).task).isEqualTo("flee");
            assertThat(Mappers.TRANSFORM.get(shopper).x).as("running, away from the shot").isGreaterThan(before + 0.3f);
            run.idle(195);
            AwarenessComponent fright = Mappers.AWARENESS.get(shopper);
            float shot = run.simulation.events().first(EventType.WEAPON_FIRED).x;
            assertThat(Mappers.TRANSFORM.get(shopper).x).as("12 m from the shot, away from it").isCloseTo(3f + 12f, within(1f));
            assertThat(shot).isLessThan(4f);
            assertThat(fright.cowering).as("far enough: she cowers").isTrue();
            assertThat(Mappers.TRANSFORM.get(guard).x).as("an orderly's role has no tree: he stands").isCloseTo(guardX, within(0.05f));
            assertThat(run.all(EventType.PERSON_SCREAMED)).as("still once").hasSize(1);
            run.idle(200);
            assertThat(run.simulation.events().first(EventType.PERSON_CALMED)).as("6 s after the shot").isNotNull();
            assertThat(fright.cowering).isFalse();
            assertThat(fright.task).isEqualTo("stand");
        }
    }

    @Test
    void aShotFarEnoughAwayMakesHerCowerWhereSheIs() {
        try (StageRun run = new StageRun("civilians").step(200, RIGHT).step(2, FIRE)) {
            Entity shopper = run.named("civilian#4");
            float x = Mappers.TRANSFORM.get(shopper).x;
            assertThat(Mappers.TRANSFORM.get(run.simulation.controlled()).x).as("the player 12 m or more past her").isGreaterThan(x + 12f);
            run.idle(60);
            assertThat(Mappers.AWARENESS.get(shopper).cowering).isTrue();
            assertThat(Mappers.TRANSFORM.get(shopper).x).as("she stays").isCloseTo(x, within(0.1f));
        }
    }

    @Test
    void sheSeesTheBladeWindUpInFrontOfHerAndRunsThoughNoShotIsFired() {
        try (StageRun run = new StageRun("civilian-sees").idle(600)) {
            assertThat(run.simulation.events().first(EventType.WEAPON_FIRED)).as("silent").isNull();
            long windup = run.tickOf(EventType.T1000_ATTACK);
            assertThat(windup).as("it went for the player").isPositive();
            // Every agent perceives the world as the last tick left it (ai/Senses): she sees it the next tick.
            assertThat(run.tickOf(EventType.PERSON_SCREAMED)).as("she saw it as it began").isEqualTo(windup + 1);
            assertThat(run.all(EventType.PERSON_SCREAMED)).extracting(e -> e.subject).containsOnly("civilian#4");
        }
    }

    @Test
    void oneShotFortyMetresOffIsFaintToHerTwoAlarmHer() {
        try (StageRun run = new StageRun("civilian-far").idle(10).step(2, FIRE).idle(20)) {
            AwarenessComponent her = Mappers.AWARENESS.get(run.named("civilian#4"));
            assertThat(her.level).as("a third of the way: 40 m of a shot's 60").isBetween(0.25f, 0.35f);
            assertThat(her.alarmed).isFalse();
            assertThat(run.simulation.events().first(EventType.PERSON_SCREAMED)).isNull();
            run.idle(20).step(2, FIRE).idle(5);
            assertThat(her.alarmed).as("the second one adds up").isTrue();
            assertThat(run.all(EventType.PERSON_SCREAMED)).hasSize(1);
        }
    }
}
