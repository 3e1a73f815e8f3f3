package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.AimComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.T1000State;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A T-1000 whose spawn says it shoots fires its pistol at John on sight: it stands and aims first (the tell), whoever
 * stands in the line takes the round, and it never fires past a person.
 */
class T1000ShootsTest {
    /** pursuit.normal.aimTicks: the tell before each shot. */
    private static final int AIM = 36;

    @Test
    void itAimsItsTimeThenShootsJohnAndClosesInBeforeItAimsAgain() {
        try (StageRun run = new StageRun("t1000-shoots")) {
            Entity t1000 = run.simulation.t1000();
            AimComponent aim = Mappers.AIM.get(t1000);
            Entity john = run.simulation.john();
            float whole = Mappers.HEALTH.get(john).health;
            int aimed = 0;
            while (run.all(EventType.WEAPON_FIRED).isEmpty() && run.simulation.tick() < 300) {
                run.idle(1);
                if (aim.aimTicks > 0) {
                    aimed++;
                    assertThat(Mappers.T1000.get(t1000).state).isEqualTo(T1000State.AIM);
                    assertThat(Mappers.INTENT.get(t1000).moveX).as("it stands to aim").isZero();
                }
            }
            GameEvent shot = run.all(EventType.WEAPON_FIRED).first();
            assertThat(shot.subject).isEqualTo("t1000");
            assertThat(shot.what).isEqualTo("pistol");
            assertThat(aimed).as("the red line showed for its aim before the shot").isGreaterThanOrEqualTo(AIM);
            run.idle(2);
            assertThat(Mappers.HEALTH.get(john).health).as("a round whole").isEqualTo(whole - 25f);
            assertThat(aim.cooldown).as("it waits before it aims again").isPositive();
            run.idle(30);
            assertThat(aim.aimTicks).as("closing in meanwhile").isZero();
            assertThat(Mappers.T1000.get(t1000).state).isNotEqualTo(T1000State.AIM);
        }
    }

    @Test
    void theT800InTheLineTakesTheRoundForJohn() {
        try (StageRun run = new StageRun("t1000-shoots-shield")) {
            // Until just after its shot: then it comes on, and strikes the T-800 guarding John (T1000BodyTest).
            for (int tick = 0; tick < 120 && run.all(EventType.WEAPON_FIRED).size == 0; tick++) {
                run.idle(1);
            }
            run.idle(5);
            assertThat(run.all(EventType.WEAPON_FIRED)).as("it fired at John past the T-800").isNotEmpty();
            assertThat(Mappers.HEALTH.get(run.simulation.john()).health).as("John untouched")
                    .isEqualTo(Mappers.CHARACTER.get(run.simulation.john()).def.health);
            Entity t800 = run.simulation.controlled();
            assertThat(Mappers.HEALTH.get(t800).health).as("the T-800 took a fifth of a round")
                    .isEqualTo(Mappers.CHARACTER.get(t800).def.health - 5f);
        }
    }

    @Test
    void itNeverFiresPastAPersonInTheLine() {
        try (StageRun run = new StageRun("t1000-shoots-shopper")) {
            Entity shopper = run.named("civilian#12");
            Entity t1000 = run.simulation.t1000();
            Entity john = run.simulation.john();
            int shots = 0;
            int heldFire = 0;
            for (int tick = 0; tick < 240; tick++) {
                run.idle(1);
                float between = Mappers.TRANSFORM.get(shopper).x;
                if (run.simulation.t1000() != null && Mappers.T1000.get(t1000).state != T1000State.AIM
                        && between > Mappers.TRANSFORM.get(john).x && between < Mappers.TRANSFORM.get(t1000).x) {
                    heldFire++;
                }
                int fired = run.all(EventType.WEAPON_FIRED).size;
                if (fired > shots) {
                    float x = Mappers.TRANSFORM.get(shopper).x;
                    float from = Mappers.TRANSFORM.get(t1000).x;
                    float to = Mappers.TRANSFORM.get(john).x;
                    assertThat(x > Math.min(from, to) && x < Math.max(from, to))
                            .as("the shopper was between when it fired").isFalse();
                    shots = fired;
                }
            }
            assertThat(heldFire).as("ticks it held its fire, closing in, the shopper in the line").isGreaterThan(20);
            assertThat(Mappers.HEALTH.get(shopper).health).as("never hit").isEqualTo(
                    Mappers.CHARACTER.get(shopper).def.health);
        }
    }

    @Test
    void aT1000WhoseSpawnDoesNotSayShootsFiresOnlyInAVolley() {
        try (StageRun run = new StageRun("t1000-holds-fire").idle(240)) {
            assertThat(Mappers.AIM.has(run.simulation.t1000())).isFalse();
            assertThat(run.all(EventType.WEAPON_FIRED)).isEmpty();
            assertThat(run.all(EventType.T1000_ATTACK)).as("it came for John with the blade").isNotEmpty();
        }
    }
}
