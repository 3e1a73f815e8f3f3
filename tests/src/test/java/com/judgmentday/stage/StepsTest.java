package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.Material;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each kind of beat step, on its own small level (a timer fires the beat at tick 1), doing what it says. */
class StepsTest {
    @Test
    void sayGivesTheLinesWordsAndHoldsTheBeatForItsTime() {
        try (StageRun run = new StageRun("step-say").idle(200)) {
            Array<GameEvent> lines = run.all(EventType.LINE_SAID);
            assertThat(lines).extracting(event -> event.subject + ": " + event.detail() + " @" + event.tick).containsExactly(
                    "John: Trust me. @1", "T-800: Affirmative. @121");
            assertThat(lines.first().amount).isEqualTo(2f);
        }
    }

    @Test
    void meterHoldsTheBeatForItsTimeAndSaysWhatItShows() {
        try (StageRun run = new StageRun("step-meter").idle(91)) {
            StageState stage = run.simulation.stage();
            StepDef meter = run.simulation.level().beats.first().steps.first();
            assertThat(meter.kind).isEqualTo(StepKind.METER);
            assertThat(meter.text).isEqualTo("John's bike starting");
            assertThat(stage.step[0]).as("still metering, halfway").isZero();
            assertThat(stage.left[0]).isEqualTo(90);
            run.idle(100);
            assertThat(run.all(EventType.LINE_SAID)).extracting(event -> event.detail() + " @" + event.tick)
                    .containsExactly("Affirmative. @181");
        }
    }

    @Test
    void cameraFramesTheCrateForASecond() {
        try (StageRun run = new StageRun("step-camera").idle(2)) {
            StageState stage = run.simulation.stage();
            Entity crate = kind(run, EntityKind.CRATE);
            assertThat(stage.framing()).isTrue();
            assertThat(stage.cameraEntity).isEqualTo(Mappers.IDENTITY.get(crate).id);
            assertThat(stage.cameraZoom).isEqualTo(2f);
            run.idle(60);
            assertThat(stage.framing()).isFalse();
        }
    }

    @Test
    void lockTakesTheControlsForASecond() {
        try (StageRun run = new StageRun("step-lock").step(50, StageRun.RIGHT)) {
            assertThat(Mappers.TRANSFORM.get(run.simulation.controlled()).x).isEqualTo(2f, org.assertj.core.data.Offset.offset(0.05f));
            run.step(40, StageRun.RIGHT);
            assertThat(Mappers.TRANSFORM.get(run.simulation.controlled()).x).isGreaterThan(3f);
            assertThat(run.tickOf(EventType.CONTROLS_UNLOCKED)).isEqualTo(61);
        }
    }

    @Test
    void unlockGivesTheControlsBackEarly() {
        try (StageRun run = new StageRun("step-unlock").idle(40)) {
            assertThat(run.simulation.stage().locked()).isFalse();
            assertThat(run.tickOf(EventType.CONTROLS_UNLOCKED)).isEqualTo(31);
        }
    }

    @Test
    void spawnBringsTheGuardInOnlyWhenTheBeatSaysSo() {
        try (StageRun run = new StageRun("step-spawn").idle(30)) {
            assertThat(people(run)).isZero();
            run.idle(60);
            assertThat(people(run)).isOne();
            assertThat(run.simulation.events().first(EventType.ENTITY_SPAWNED).subject).isEqualTo("guard#5");
        }
    }

    @Test
    void spawnBringsTheT1000InWhenTheBeatSaysSo() {
        try (StageRun run = new StageRun("step-spawn-t1000").idle(30)) {
            assertThat(run.simulation.t1000()).isNull();
            assertThat(run.simulation.pursuersDue()).as("an exit waiting for it gone waits for it").isOne();
            run.idle(40);
            assertThat(run.simulation.t1000()).isNotNull();
            assertThat(run.simulation.pursuersDue()).isZero();
            assertThat(run.tickOf(EventType.T1000_ARRIVED)).isEqualTo(61);
        }
    }

    @Test
    void spawnAtBringsTheT1000InAtAPlaceAndAfterARemoveAtItsSpawn() {
        try (StageRun run = new StageRun("step-spawn-at").idle(10)) {
            assertThat(Mappers.TRANSFORM.get(run.simulation.t1000()).x).as("at the door, 15 m").isCloseTo(15f, within(0.1f));
            assertThat(run.simulation.pursuersDue()).isZero();
            run.idle(60);
            assertThat(run.simulation.t1000()).as("removed").isNull();
            run.idle(40);
            assertThat(Mappers.TRANSFORM.get(run.simulation.t1000()).x).as("in again, at its spawn (28 m), coming on").isGreaterThan(24f);
            assertThat(run.simulation.pursuersDue()).as("due once, not less than none").isZero();
            assertThat(run.all(EventType.T1000_ARRIVED)).extracting(event -> event.x).containsExactly(15f, 28f);
        }
    }

    @Test
    void controlHandsThePlayerToJohn() {
        try (StageRun run = new StageRun("step-control").idle(20)) {
            Entity john = run.simulation.john();
            assertThat(run.simulation.controlled()).isNotSameAs(john);
            run.idle(20);
            assertThat(run.simulation.controlled()).isSameAs(john);
            assertThat(run.tickOf(EventType.CONTROL_SWITCHED)).isEqualTo(31);
            float x = Mappers.TRANSFORM.get(john).x;
            run.step(60, StageRun.RIGHT);
            assertThat(Mappers.TRANSFORM.get(john).x).as("the player's actions move John now").isGreaterThan(x + 2f);
        }
    }

    @Test
    void aHideRightAfterControlGoesBackSendsTheOneNoLongerPlayedToHide() {
        // The Galleria's John, played up the ramp, was handed back and told to hide in one beat: the hide was dropped,
        // as if he were still played (the controlled family changes only after the tick).
        try (StageRun run = new StageRun("step-control-hide").idle(60)) {
            Entity john = run.simulation.john();
            assertThat(run.simulation.controlled()).isNotSameAs(john);
            assertThat(run.all(EventType.CHARACTER_HID)).as("told to hide").singleElement()
                    .satisfies(event -> assertThat(event.what).isEqualTo("the hiding place"));
            run.idle(240);
            assertThat(Mappers.TRANSFORM.get(john).x).as("gone to the hiding place").isBetween(16f, 18f);
        }
    }

    @Test
    void removeTakesTheCrateOut() {
        try (StageRun run = new StageRun("step-remove").idle(30)) {
            assertThat(kind(run, EntityKind.CRATE)).isNotNull();
            run.idle(60);
            assertThat(kind(run, EntityKind.CRATE)).isNull();
        }
    }

    @Test
    void aDoorOpensAndClosesAgain() {
        try (StageRun run = new StageRun("step-door").step(110, StageRun.RIGHT)) {
            Entity door = doorOf(run);
            int id = Mappers.DOOR.get(door).objectId;
            assertThat(Mappers.DOOR.get(door).open).isFalse();
            assertThat(Mappers.TRANSFORM.get(run.simulation.controlled()).x).as("held at the shut door").isBetween(9f, 9.9f);
            run.step(60, StageRun.RIGHT);
            assertThat(Mappers.DOOR.get(door).open).isTrue();
            assertThat(run.simulation.openings().contains(id)).as("navigation routes through it now").isTrue();
            assertThat(Mappers.TRANSFORM.get(run.simulation.controlled()).x).as("through the open door").isGreaterThan(11f);
            run.idle(100);
            assertThat(Mappers.DOOR.get(door).open).isFalse();
            assertThat(run.simulation.openings().contains(id)).as("and not once it is shut again").isFalse();
            assertThat(run.all(EventType.DOOR_OPENED)).hasSize(1);
            assertThat(run.all(EventType.DOOR_CLOSED)).hasSize(1);
        }
    }

    @Test
    void objectiveShowsALaterObjectiveThatMustThenBeMet() {
        try (StageRun run = new StageRun("step-objective").step(300, StageRun.RIGHT)) {
            Array<GameEvent> shown = run.all(EventType.OBJECTIVE_SHOWN);
            assertThat(shown).extracting(event -> event.what).containsExactly("hold", "out");
            assertThat(shown.get(1).tick).as("shown by the beat at 1 s").isEqualTo(61);
            assertThat(run.simulation.outcome()).isEqualTo(com.judgmentday.sim.Outcome.WIN);
            assertThat(run.tickOf(EventType.LEVEL_WON)).isGreaterThan(61);
        }
    }

    @Test
    void checkpointSetsTheFarCheckpoint() {
        try (StageRun run = new StageRun("step-checkpoint").idle(2)) {
            assertThat(run.simulation.events().first(EventType.CHECKPOINT_REACHED).subject).isEqualTo("yard");
        }
    }

    @Test
    void musicCuesTheChase() {
        try (StageRun run = new StageRun("step-music").idle(2)) {
            assertThat(run.simulation.events().first(EventType.MUSIC_CUE).what).isEqualTo("chase");
        }
    }

    @Test
    void impulseThrowsTheCrateUp() {
        try (StageRun run = new StageRun("step-impulse").idle(2)) {
            assertThat(Mappers.BODY.get(kind(run, EntityKind.CRATE)).body.getLinearVelocity().y).isGreaterThan(1f);
        }
    }

    @Test
    void freezeFreezesTheT1000() {
        try (StageRun run = new StageRun("step-freeze").idle(5)) {
            assertThat(Mappers.LIQUID.get(run.simulation.t1000()).material).isEqualTo(Material.FROZEN);
            assertThat(run.simulation.events().first(EventType.T1000_FROZEN)).isNotNull();
        }
    }

    @Test
    void flingHurlsTheCharacterAwayFromTheT1000WithoutControlForAMoment() {
        try (StageRun run = new StageRun("step-fling").idle(7)) {
            float start = Mappers.TRANSFORM.get(run.simulation.controlled()).x;
            GameEvent flung = run.simulation.events().first(EventType.CHARACTER_FLUNG);
            assertThat(flung.subject).isEqualTo("t800");
            assertThat(flung.amount).isEqualTo(10f);
            run.step(20, StageRun.RIGHT);
            assertThat(Mappers.TRANSFORM.get(run.simulation.controlled()).x).as("west, away from it, whatever is held")
                    .isLessThan(start - 2f);
            run.idle(100);
            float landed = Mappers.TRANSFORM.get(run.simulation.controlled()).x;
            assertThat(landed).as("it flies and slides some metres, then stops").isBetween(start - 12f, start - 5f);
            run.idle(20);
            assertThat(Mappers.TRANSFORM.get(run.simulation.controlled()).x).isCloseTo(landed, within(0.05f));
        }
    }

    @Test
    void aFlingTearsAClimberOffItsLadderAndLeavesOneDownAlone() {
        try (StageRun run = new StageRun("step-fling").idle(2)) {
            Entity t800 = run.simulation.controlled();
            com.badlogic.gdx.physics.box2d.Body body = Mappers.BODY.get(t800).body;
            Mappers.CHARACTER.get(t800).climbing = true;
            body.setGravityScale(0f);
            assertThat(StateSteps.fling(t800, run.simulation.t1000(), 8f)).isTrue();
            assertThat(Mappers.CHARACTER.get(t800).climbing).as("off the ladder").isFalse();
            assertThat(body.getGravityScale()).as("it falls as it flies").isEqualTo(1f);
            assertThat(body.getLinearVelocity().x).as("away from the T-1000, east of it").isEqualTo(-8f);
            body.setLinearVelocity(0f, 0f);
            Mappers.HEALTH.get(t800).shutdownTicks = 60;
            assertThat(StateSteps.fling(t800, run.simulation.t1000(), 8f)).as("one down is not thrown").isFalse();
            assertThat(body.getLinearVelocity().x).isZero();
            assertThat(StateSteps.fling(t800, null, 8f)).as("no T-1000, no throw").isFalse();
        }
    }

    @Test
    void holdKeepsTheT1000StillBesideItsTargetThenLetsItGo() {
        try (StageRun run = new StageRun("step-hold").idle(2)) {
            float x = Mappers.TRANSFORM.get(run.simulation.t1000()).x;
            assertThat(run.simulation.events().first(EventType.CHARACTER_HELD).amount).isEqualTo(3f);
            run.idle(170);
            assertThat(Mappers.TRANSFORM.get(run.simulation.t1000()).x).as("held where it stood").isCloseTo(x, within(0.05f));
            assertThat(run.simulation.events().first(EventType.T1000_HIT)).as("held, it strikes no one").isNull();
            assertThat(run.simulation.events().first(EventType.T1000_ATTACK)).as("nor winds up a blow").isNull();
            run.idle(120);
            assertThat(run.simulation.events().first(EventType.T1000_HIT)).as("let go, it strikes").isNotNull();
        }
    }

    @Test
    void hideSendsJohnToHisHidingPlaceWhereTheT1000CannotFindHimUntilHeIsCalled() {
        try (StageRun run = new StageRun("step-hide").step(240, StageRun.RIGHT)) {
            Entity john = run.simulation.john();
            assertThat(run.simulation.events().first(EventType.CHARACTER_HID).subject).isEqualTo("john");
            assertThat(Mappers.TRANSFORM.get(john).x).as("in the hollow, not after the player").isCloseTo(6.5f, within(0.5f));
            assertThat(Mappers.FOLLOW.get(john).hidden).isTrue();
            assertThat(Mappers.T1000.get(run.simulation.t1000()).target).as("it hunts the player")
                    .isSameAs(run.simulation.controlled());
            run.idle(260);
            assertThat(run.simulation.events().first(EventType.CHARACTER_CALLED)).isNotNull();
            assertThat(Mappers.FOLLOW.get(john).hiding).isFalse();
            assertThat(Mappers.T1000.get(run.simulation.t1000()).target).as("called, he is its quarry again").isSameAs(john);
            float player = Mappers.TRANSFORM.get(run.simulation.controlled()).x;
            assertThat(Mappers.TRANSFORM.get(john).x).as("he comes out toward the player").isGreaterThan(7.5f)
                    .isLessThan(player);
        }
    }

    @Test
    void stayWithAPlaceSendsHimThereInTheOpenAndHeStaysUntilCalled() {
        try (StageRun run = new StageRun("step-stay-place").step(240, StageRun.RIGHT)) {
            Entity john = run.simulation.john();
            GameEvent stays = run.simulation.events().first(EventType.CHARACTER_STAYS);
            assertThat(stays.subject).isEqualTo("john");
            assertThat(stays.what).as("it names the place").isEqualTo("the bike stand");
            assertThat(Mappers.TRANSFORM.get(john).x).as("at the stand, not after the player").isCloseTo(6.5f, within(0.5f));
            assertThat(Mappers.FOLLOW.get(john).hidden).as("in the open").isFalse();
            assertThat(Mappers.FOLLOW.get(john).toPlace).as("arrived").isFalse();
            assertThat(Mappers.T1000.get(run.simulation.t1000()).target).as("still its quarry").isSameAs(john);
            run.idle(260);
            assertThat(run.simulation.events().first(EventType.CHARACTER_CALLED)).isNotNull();
            assertThat(Mappers.TRANSFORM.get(john).x).as("he comes toward the player").isGreaterThan(7.5f);
        }
    }

    @Test
    void rideSetsTheRiderOnTheParkedVehicleHeldForGoodAndNamesIt() {
        try (StageRun run = new StageRun("step-ride").step(120, StageRun.RIGHT)) {
            Entity john = run.simulation.john();
            Entity t800 = run.simulation.controlled();
            assertThat(run.all(EventType.CHARACTER_RODE)).extracting(e -> e.subject + " " + e.what)
                    .containsExactly("john John's dirt bike", "t800 the Harley");
            com.judgmentday.components.RidingComponent ride = Mappers.RIDING.get(john);
            assertThat(ride.kind).isEqualTo("dirt-bike");
            assertThat(ride.facing).isEqualTo(1);
            assertThat(ride.x).isCloseTo(10f, within(0.01f));
            assertThat(Mappers.RIDING.get(t800).kind).as("the schema's default kind").isEqualTo("motorcycle");
            // Set down where the vehicles stood, and held there: two seconds of D move neither.
            assertThat(Mappers.TRANSFORM.get(john).x).isCloseTo(10f, within(0.1f));
            assertThat(Mappers.TRANSFORM.get(t800).x).as("the player's keys do nothing").isCloseTo(14f, within(0.1f));
            assertThat(com.judgmentday.components.RidingComponent.gone(1f)).as("pulling away").isEqualTo(2.5f);
            assertThat(com.judgmentday.components.RidingComponent.gone(3f)).as("then at its top speed")
                    .isCloseTo(22.4f, within(0.01f));
        }
    }

    @Test
    void overflowPoursOnlyWhenTheBeatStartsIt() {
        try (StageRun run = new StageRun("step-overflow").idle(30)) {
            Entity ladle = kind(run, EntityKind.HAZARD);
            assertThat(Mappers.HAZARD.get(ladle).spilling).isFalse();
            run.idle(40);
            assertThat(Mappers.HAZARD.get(ladle).spilling).isTrue();
            assertThat(Mappers.ZONE.get(ladle).width).isGreaterThan(0f);
        }
    }

    @Test
    void ruptureSplitsTheTank() {
        try (StageRun run = new StageRun("step-rupture").idle(25)) {
            assertThat(run.simulation.events().first(EventType.TANK_RUPTURED)).isNull();
            run.idle(20);
            assertThat(run.tickOf(EventType.TANK_RUPTURED)).isEqualTo(32);
        }
    }

    @Test
    void cutStopsARunningBeatWhereItIsAndABeatMayCutItself() {
        try (StageRun run = new StageRun("step-cut").idle(400)) {
            assertThat(run.all(EventType.LINE_SAID)).as("the second line never comes").hasSize(1);
            assertThat(run.all(EventType.MUSIC_CUE)).as("nor the steps after it, nor those after a beat's own cut").isEmpty();
            assertThat(run.all(EventType.BEAT_FINISHED)).extracting(e -> e.detail())
                    .containsExactly("the long talk (cut)", "interrupted (cut)");
        }
    }

    @Test
    void waitHoldsTheNextStep() {
        try (StageRun run = new StageRun("step-wait").idle(120)) {
            assertThat(run.tickOf(EventType.LINE_SAID)).isEqualTo(91);
        }
    }

    private static int people(StageRun run) {
        int people = 0;
        for (Entity entity : run.simulation.engine().getEntities()) {
            people += Mappers.PERSON.has(entity) ? 1 : 0;
        }
        return people;
    }

    private static Entity kind(StageRun run, EntityKind kind) {
        for (Entity entity : run.simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.get(entity).kind == kind) {
                return entity;
            }
        }
        return null;
    }

    private static Entity doorOf(StageRun run) {
        for (Entity entity : run.simulation.engine().getEntities()) {
            if (Mappers.SHAPE.has(entity) && Mappers.SHAPE.get(entity).door) {
                return entity;
            }
        }
        throw new AssertionError("no door");
    }
    @Test
    void shutdownPutsTheT800DownUntilItsRerouteThenATriggerHearingTheRerouteShutsItDownForGood() {
        try (StageRun run = new StageRun("step-shutdown").idle(3)) {
            GameEvent down = run.simulation.events().first(EventType.T800_SHUTDOWN);
            assertThat(down.subject).isEqualTo("t800");
            assertThat(down.what).as("the step's cause").isEqualTo("steel bar");
            assertThat(down.tick).as("the beat at tick 1, the health system the tick after").isEqualTo(2);
            assertThat(Mappers.HEALTH.get(run.simulation.controlled()).out()).isTrue();
            int shutdownTicks = Math.round(com.judgmentday.support.TestContent.tuning().character("t800").shutdown.seconds * 60f);
            run.idle(shutdownTicks);
            assertThat(run.tickOf(EventType.T800_REBOOT)).isEqualTo(2 + shutdownTicks);
            assertThat(run.all(EventType.BEAT_STARTED)).extracting(event -> event.what).containsExactly("impaled", "again");
            run.idle(70);
            assertThat(run.all(EventType.T800_SHUTDOWN)).hasSize(2);
            assertThat(run.simulation.outcome()).isEqualTo(com.judgmentday.sim.Outcome.LOSE);
            assertThat(run.simulation.outcomeReason()).isEqualTo("the T-800 shut down a second time (a beat)");
        }
    }
}
