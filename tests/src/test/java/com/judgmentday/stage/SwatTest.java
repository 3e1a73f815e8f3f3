package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.AwarenessComponent;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SWAT (tuning.json's roles.swat, assets/ai/swat.tree): a pair advances from cover to cover, one holding and firing
 * while the other bounds; they lob tear gas, which slows the flesh it reaches and stops them shooting, but not the
 * machines, nor the SWAT in their masks; and the cloud thins away.
 */
class SwatTest {
    private static final ActionSet FIRE = new ActionSet().add(Action.FIRE);

    private static int count(StageRun run, EventType type, String who) {
        int n = 0;
        for (GameEvent event : run.all(type)) {
            n += event.who().equals(who) ? 1 : 0;
        }
        return n;
    }

    @Test
    void thePairAdvancesCoverToCoverOneHoldingWhileTheOtherBounds() {
        try (StageRun run = new StageRun("swat").idle(10).step(2, FIRE)) {
            Entity one = run.named("swat#4");
            Entity two = run.named("swat#5");
            int bothMoving = 0;
            boolean bothInCover = false;
            for (int tick = 0; tick < 900; tick++) {
                run.idle(1);
                AwarenessComponent a = Mappers.AWARENESS.get(one);
                AwarenessComponent b = Mappers.AWARENESS.get(two);
                bothInCover |= a.inCover && b.inCover;
                if (bothInCover && a.bounds + b.bounds > 0 && !a.inCover && !b.inCover) {
                    bothMoving++;
                }
            }
            assertThat(bothInCover).as("both reached cover").isTrue();
            com.badlogic.gdx.utils.Array<GameEvent> bounds = run.all(EventType.PERSON_ADVANCED);
            // From the first cover (18.5 m) one bounds to the next (13 m), then the other past it to the last (8 m).
            assertThat(bounds.size).as("they advanced, bound after bound, as far as the covers go").isEqualTo(2);
            assertThat(bounds.get(0).who()).as("turn about").isNotEqualTo(bounds.get(1).who());
            assertThat(bounds.get(1).x).as("leapfrogging").isLessThan(bounds.get(0).x);
            assertThat(bothMoving).as("never both out of cover at once, once in it (a tick's overlap as one arrives)")
                    .isLessThanOrEqualTo(6);
            assertThat(Math.min(Mappers.TRANSFORM.get(one).x, Mappers.TRANSFORM.get(two).x))
                    .as("the forward one at the last cover, 8 m").isLessThan(9f);
            assertThat(run.all(EventType.WEAPON_FIRED).select(e -> e.who().startsWith("swat"))).as("covering fire")
                    .isNotEmpty();
            // Tear gas at most once in its 10 s cooldown each (a canister left in hand once threw a second a second later).
            java.util.Map<String, Long> last = new java.util.HashMap<>();
            for (GameEvent thrown : run.all(EventType.GRENADE_LAUNCHED)) {
                Long before = last.put(thrown.who(), thrown.tick);
                assertThat(before == null ? Long.MAX_VALUE : thrown.tick - before).as(thrown.who() + "'s canisters apart")
                        .isGreaterThanOrEqualTo(600L);
            }
        }
    }

    @Test
    void tearGasSlowsSarahAndStopsHerShootingButNotTheT800NorTheSwatAndThinsAway() {
        try (StageRun run = new StageRun("swat-gas").idle(10).step(2, FIRE)) {
            Entity sarah = run.simulation.controlled();
            Entity t800 = run.simulation.spawnCharacter("t800", 21f, 1f);
            GameEvent released = null;
            for (int tick = 0; tick < 600 && released == null; tick++) {
                run.idle(1);
                released = run.all(EventType.GAS_RELEASED).isEmpty() ? null : run.all(EventType.GAS_RELEASED).first();
            }
            assertThat(released).as("he lobbed tear gas at her").isNotNull();
            assertThat(run.all(EventType.GRENADE_LAUNCHED).first().who()).isEqualTo("swat#4");
            assertThat(released.x).as("landing near her, 20 m").isBetween(16f, 25f);
            // Stand her and the T-800 in the cloud's middle.
            Mappers.BODY.get(sarah).body.setTransform(released.x, released.y + 1f, 0f);
            Mappers.BODY.get(t800).body.setTransform(released.x + 0.5f, released.y + 1f, 0f);
            run.idle(10);
            assertThat(Mappers.CHARACTER.get(sarah).gassedTicks).as("Sarah coughs").isPositive();
            assertThat(Mappers.CHARACTER.get(sarah).speedScale).as("slowed").isLessThan(0.75f);
            assertThat(run.all(EventType.CHARACTER_GASSED).select(e -> e.who().equals("sarah"))).hasSize(1);
            int shots = count(run, EventType.WEAPON_FIRED, "sarah");
            run.step(30, FIRE);
            assertThat(count(run, EventType.WEAPON_FIRED, "sarah")).as("coughing, she cannot aim").isEqualTo(shots);
            assertThat(Mappers.CHARACTER.get(t800).gassedTicks).as("the machine breathes nothing").isZero();
            Entity swat = run.named("swat#4");
            assertThat(Mappers.CHARACTER.get(swat).gassedTicks).as("the mask").isZero();
            // Take him away (his rifle would end her before the cloud does), and watch it thin.
            run.simulation.engine().removeEntity(swat);
            run.idle(9 * 60);
            assertThat(run.simulation.engine().getEntitiesFor(com.badlogic.ashley.core.Family
                    .all(com.judgmentday.components.GasComponent.class).get()).size()).as("thinned away after 8 s").isZero();
            run.idle(120);
            assertThat(Mappers.CHARACTER.get(sarah).gassedTicks).as("and she breathes again").isZero();
        }
    }
}
