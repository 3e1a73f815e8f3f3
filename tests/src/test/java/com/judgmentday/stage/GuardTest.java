package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.physics.box2d.Body;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard (tuning.json's roles.guard and assets/ai/guard.tree) walks his rounds along his path, end to end and back;
 * a shot sends him running to where it was, without a scream.
 */
class GuardTest {
    private static final ActionSet FIRE = new ActionSet().add(Action.FIRE);

    private static Entity guard(StageRun run) {
        for (Entity entity : run.simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.has(entity) && Mappers.IDENTITY.get(entity).name.equals("guard#4")) {
                return entity;
            }
        }
        throw new AssertionError("no guard");
    }

    @Test
    void heWalksHisRoundsEndToEndAndBack() {
        try (StageRun run = new StageRun("guard")) {
            float east = 0f;
            float westAfter = Float.MAX_VALUE;
            for (int step = 0; step < 96; step++) {
                run.idle(10);
                float x = Mappers.TRANSFORM.get(guard(run)).x;
                east = Math.max(east, x);
                if (east > 15f) {
                    westAfter = Math.min(westAfter, x);
                }
            }
            assertThat(Mappers.AWARENESS.get(guard(run)).task).isEqualTo("patrol");
            assertThat(east).as("to the east end, 16 m").isGreaterThan(15f);
            assertThat(westAfter).as("and back to the west end, 8 m").isLessThan(9f);
        }
    }

    @Test
    void heThinksOnHisOwnTicksEveryThirdAndHoldsHisCourseBetween() {
        try (StageRun run = new StageRun("guard")) {
            Entity guard = guard(run);
            int id = Mappers.IDENTITY.get(guard).id;
            java.util.Set<Long> phases = new java.util.TreeSet<>();
            int changes = 0;
            float wanted = Mappers.INTENT.get(guard).moveX;
            for (int i = 0; i < 600; i++) {
                run.idle(1);
                float now = Mappers.INTENT.get(guard).moveX;
                if (now != wanted) {
                    changes++;
                    phases.add((run.simulation.tick() + id) % 3);
                }
                wanted = now;
            }
            assertThat(changes).as("he turned at the ends of his round and steered between").isGreaterThan(2);
            assertThat(phases).as("his course changes only every third tick, on ticks his id picks").hasSize(1);
        }
    }

    @Test
    void aShotSendsHimRunningToWhereItWasWithoutAScream() {
        try (StageRun run = new StageRun("guard").idle(10).step(2, FIRE).idle(60)) {
            assertThat(Mappers.AWARENESS.get(guard(run)).task).isIn("investigate", "chase");
            assertThat(Mappers.TRANSFORM.get(guard(run)).x).as("running west, to the shot at 2 m").isLessThan(10f);
            assertThat(run.simulation.events().first(EventType.PERSON_SCREAMED)).as("a guard does not scream").isNull();
        }
    }

    @Test
    void seeingTheShooterHeCallsForHelpOnceRunsAtHimAndClubsTheT800WhoShrugsOffAGrab() {
        try (StageRun run = new StageRun("guard").idle(10).step(2, FIRE).idle(400)) {
            assertThat(run.all(EventType.PERSON_CALLED)).as("one call a fright").hasSize(1);
            assertThat(run.all(EventType.MELEE_BLOW)).as("baton blows").isNotEmpty()
                    .allSatisfy(blow -> assertThat(blow.subject).isEqualTo("guard#4"));
            assertThat(run.all(EventType.MELEE_HIT)).as("on the T-800").isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.subject).isEqualTo("t800"));
            assertThat(run.simulation.events().first(EventType.PERSON_GRABBED)).as("the T-800 can't be held").isNull();
            float integrity = Mappers.HEALTH.get(run.simulation.controlled()).fraction();
            assertThat(integrity).as("a baton hurts it a little").isBetween(0.7f, 0.99f);
        }
    }

    @Test
    void aBeatsAlarmSendsHimAtTheT800WithNoShotFired() {
        // The Galleria's concourse: "Sir, you can't bring that in here", and he comes for the shotgun.
        try (StageRun run = new StageRun("step-alarm").idle(400)) {
            assertThat(run.all(EventType.WEAPON_FIRED)).as("no shot").isEmpty();
            assertThat(run.all(EventType.MELEE_HIT)).as("clubbed").isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.subject).isEqualTo("t800"));
        }
        try (StageRun calm = new StageRun("guard").idle(400)) {
            assertThat(calm.all(EventType.MELEE_HIT)).as("without the beat he walks his rounds").isEmpty();
        }
    }

    @Test
    void hisBatonPassesJohnToReachTheT800() {
        // A bot run lost John to fourteen baton blows: he stood between the T-800 and the guard who came for it.
        try (StageRun run = new StageRun("guard-john").idle(10).step(2, FIRE).idle(400)) {
            assertThat(run.all(EventType.MELEE_HIT)).as("clubbed").isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.subject).isEqualTo("t800"));
            assertThat(Mappers.HEALTH.get(run.simulation.john()).fraction()).as("John untouched").isEqualTo(1f);
        }
    }

    @Test
    void interactAtArmsLengthTakesHisBatonAndHeClubsNoMore() {
        // A playtester pressed E at the guard clubbing the T-800 at the Galleria's shutter, and nothing happened.
        try (StageRun run = new StageRun("guard").idle(10).step(2, FIRE)) {
            for (int i = 0; i < 400 && run.all(EventType.MELEE_HIT).isEmpty(); i++) {
                run.idle(1);
            }
            assertThat(run.all(EventType.MELEE_HIT)).as("he came and clubbed").isNotEmpty();
            run.step(1, StageRun.RIGHT).idle(2).step(1, new ActionSet().add(Action.INTERACT)).idle(2);
            assertThat(run.all(EventType.PERSON_DISARMED)).as("disarmed").singleElement()
                    .satisfies(event -> assertThat(event.what).isEqualTo("baton"));
            int blows = run.all(EventType.MELEE_HIT).size;
            run.idle(300);
            assertThat(run.all(EventType.MELEE_HIT)).as("no blow since").hasSize(blows);
            // Without his baton he keeps away, as a civilian does, rather than follow it about and stand in its line.
            Entity guard = guard(run);
            assertThat(Math.abs(Mappers.TRANSFORM.get(guard).x - Mappers.TRANSFORM.get(run.simulation.controlled()).x))
                    .as("he kept away").isGreaterThan(4f);
        }
    }

    @Test
    void aGuardPressedIntoTheT800IsInReachToo() {
        // A playtester's guard clubbed from inside the T-800's sprite, his middle a little behind the T-800's, and E
        // "did nothing in three tries, facing either way": in reach meant his middle ahead of the T-800's.
        try (StageRun run = new StageRun("guard").idle(10).step(2, FIRE)) {
            putTheClubberBehind(run, 0.15f);
            run.idle(1).step(1, new ActionSet().add(Action.INTERACT)).idle(2);
            assertThat(run.all(EventType.PERSON_DISARMED)).as("disarmed").singleElement()
                    .satisfies(event -> assertThat(event.what).isEqualTo("baton"));
        }
    }

    @Test
    void aGuardClubbingFromBehindIsInReachAndTheT800TakesHisBatonStillFacingTheFoeInFront() {
        // A playtester, the T-1000 in front, was clubbed from behind; E took nothing until he turned his back on it.
        // Then E turned the T-800 to him, and round 17's next shot went behind, away from the T-1000.
        try (StageRun run = new StageRun("guard").idle(10).step(2, FIRE)) {
            Entity t800 = run.simulation.controlled();
            int facing = Mappers.CHARACTER.get(t800).facing;
            putTheClubberBehind(run, 1.0f);
            run.idle(1).step(1, new ActionSet().add(Action.INTERACT)).idle(2);
            assertThat(run.all(EventType.PERSON_DISARMED)).as("disarmed").singleElement()
                    .satisfies(event -> assertThat(event.what).isEqualTo("baton"));
            assertThat(Mappers.CHARACTER.get(t800).facing).as("still facing the foe in front").isEqualTo(facing);
        }
    }

    @Test
    void alarmedHeLeavesABoyAloneWhenTheBoyIsTheOnePlayed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // G24, playing John up the Galleria's ramp: guard after guard that the T-800 had alarmed grabbed him, "controls
        // back in 1" for 8 s. Security goes after a suspect (an armed stranger, an escaped patient), not a boy.
        java.nio.file.Path level = dir.resolve("guard-john.tmx");
        java.nio.file.Files.writeString(level, java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/levels/stage/guard-grab.tmx"))
                .replace("<property name=\"character\" value=\"sarah\"/>", "<property name=\"character\" value=\"t800\"/>")
                .replace(" </objectgroup>", "  <object id=\"9\" name=\"John\" type=\"john-spawn\" x=\"64\" y=\"288\"><point/></object>\n"
                        + "  <object id=\"5\" name=\"alarm\" type=\"beat\" x=\"32\" y=\"32\"><properties>"
                        + "<property name=\"steps\">alarm #4\ncontrol john</property></properties><point/></object>\n"
                        + "  <object id=\"6\" name=\"at once\" type=\"trigger\" x=\"64\" y=\"32\"><properties>"
                        + "<property name=\"beat\" type=\"object\" value=\"5\"/><property name=\"when\" value=\"timer\"/>"
                        + "<property name=\"seconds\" type=\"float\" value=\"0\"/></properties><point/></object>\n </objectgroup>"));
        try (StageRun run = new StageRun(com.judgmentday.support.Scenario.level(level.toString()).simulation()).idle(180)) {
            assertThat(Mappers.IDENTITY.get(run.simulation.controlled()).name).isEqualTo("john");
            assertThat(Mappers.AWARENESS.get(guard(run)).level).as("alarmed, still").isPositive();
            assertThat(run.simulation.events().first(EventType.PERSON_GRABBED)).as("John is not grabbed").isNull();
            assertThat(run.all(EventType.MELEE_HIT)).as("nor clubbed").isEmpty();
        }
    }

    @Test
    void heGrabsSarahAndHoldsHerThenClubsHer() {
        try (StageRun run = new StageRun("guard-grab").idle(10).step(2, FIRE).idle(120)) {
            GameEvent grab = run.simulation.events().first(EventType.PERSON_GRABBED);
            assertThat(grab).as("he grabbed her").isNotNull();
            assertThat(grab.whom).isEqualTo("sarah");
            // Held 0.8 s: her keys do nothing, then she is free again.
            run.idle(1);
            long grabbed = grab.tick;
            assertThat(run.simulation.tick() - grabbed).isGreaterThan(48);
            assertThat(Mappers.CHARACTER.get(run.simulation.controlled()).heldTicks).as("let go after 0.8 s").isZero();
            assertThat(run.all(EventType.MELEE_HIT)).as("and clubbed").isNotEmpty();
            assertThat(run.all(EventType.PERSON_GRABBED)).as("not again at once: 3 s between grabs").hasSize(1);
        }
    }

    /** Waits for the guard's first blow at the T-800, then puts him that far behind its middle, standing still. */
    private static void putTheClubberBehind(StageRun run, float metres) {
        for (int i = 0; i < 400 && run.all(EventType.MELEE_HIT).isEmpty(); i++) {
            run.idle(1);
        }
        Entity guard = run.named(run.all(EventType.MELEE_BLOW).first().subject);
        Body body = Mappers.BODY.get(guard).body;
        Entity t800 = run.simulation.controlled();
        float x = Mappers.TRANSFORM.get(t800).x - Mappers.CHARACTER.get(t800).facing * metres;
        body.setTransform(x, body.getPosition().y, 0f);
        body.setLinearVelocity(0f, 0f);
    }
}
