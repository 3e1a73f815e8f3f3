package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A police officer (tuning.json's roles.police and assets/ai/police.tree), alerted by a shot, turns to the one the
 * player plays, aims for its role's aimSeconds (the tell), and fires its pistol: real gunfire that hurts the T-800.
 */
class PoliceTest {
    private static final ActionSet FIRE = new ActionSet().add(Action.FIRE);

    @Test
    void alertedHeAimsAtThePlayerForTheTellThenFiresHisPistol() {
        try (StageRun run = new StageRun("police").idle(10).step(2, FIRE)) {
            Entity officer = null;
            for (Entity entity : run.simulation.engine().getEntities()) {
                if (Mappers.IDENTITY.has(entity) && Mappers.IDENTITY.get(entity).name.equals("police#4")) {
                    officer = entity;
                }
            }
            float health = Mappers.HEALTH.get(run.simulation.controlled()).health;
            int longestAim = 0;
            GameEvent shot = null;
            for (int tick = 0; tick < 300 && shot == null; tick++) {
                run.idle(1);
                longestAim = Math.max(longestAim, Mappers.AWARENESS.get(officer).aimTicks);
                for (GameEvent event : run.all(EventType.WEAPON_FIRED)) {
                    shot = event.subject.equals("police#4") ? event : shot;
                }
            }
            assertThat(shot).as("he fired").isNotNull();
            assertThat(shot.what).isEqualTo("pistol");
            assertThat(longestAim).as("after the tell: 0.7 s of aim").isGreaterThanOrEqualTo(41);
            assertThat(Mappers.CHARACTER.get(officer).facing).as("turned to the T-800").isEqualTo(-1);
            run.idle(5);
            assertThat(Mappers.HEALTH.get(run.simulation.controlled()).health).as("his shot hurts").isLessThan(health);
            assertThat(run.simulation.events().first(EventType.PERSON_SCREAMED)).as("police don't scream").isNull();
        }
    }

    @Test
    void disarmedAtArmsLengthAndCoveredByTheT800sGunHeGivesUp() {
        ActionSet interact = new ActionSet().add(Action.INTERACT);
        try (StageRun run = new StageRun("police-disarm").idle(10).step(2, interact)) {
            GameEvent disarmed = run.simulation.events().first(EventType.PERSON_DISARMED);
            assertThat(disarmed).as("the T-800 took his pistol").isNotNull();
            assertThat(disarmed.what).isEqualTo("pistol");
            Entity officer = null;
            for (Entity entity : run.simulation.engine().getEntities()) {
                if (Mappers.IDENTITY.has(entity) && Mappers.IDENTITY.get(entity).name.equals("police#4")) {
                    officer = entity;
                }
            }
            assertThat(Mappers.WEAPON.has(officer)).isFalse();
            run.idle(150);
            assertThat(run.simulation.events().first(EventType.PERSON_SURRENDERED)).as("covered 2 s: hands up").isNotNull();
            float x = Mappers.TRANSFORM.get(officer).x;
            run.idle(120);
            assertThat(Mappers.AWARENESS.get(officer).task).isEqualTo("surrender");
            assertThat(Mappers.TRANSFORM.get(officer).x).as("he stays").isCloseTo(x, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(run.all(EventType.WEAPON_FIRED)).as("nobody fired").isEmpty();
        }
    }

    @Test
    void knockedDownHeGetsUpAgainUnlessDisarmedAsHeLies() {
        ActionSet interact = new ActionSet().add(Action.INTERACT);
        for (boolean disarm : new boolean[] {false, true}) {
            try (StageRun run = new StageRun("police-disarm").idle(10).step(2, FIRE).idle(20)) {
                Entity officer = officer(run);
                GameEvent down = run.simulation.events().first(EventType.PERSON_DOWN);
                assertThat(down).as("the T-800 aims low at arm's length: his legs").isNotNull();
                assertThat(Mappers.HEALTH.get(officer).dead).isFalse();
                if (disarm) {
                    // The blast pushed him back out of reach: a step closer, then take the gun.
                    run.step(10, new ActionSet().add(Action.RIGHT)).step(2, interact);
                    assertThat(run.simulation.events().first(EventType.PERSON_DISARMED).detail()).contains("stays down");
                }
                run.idle(400);
                assertThat(Mappers.HEALTH.get(officer).out()).as(disarm ? "restrained: still down" : "up again")
                        .isEqualTo(disarm);
                assertThat(Mappers.WEAPON.has(officer)).isEqualTo(!disarm);
            }
        }
    }

    @Test
    void heRunsToTheCoverPointFacingTheT800AndShootsFromItThenShotsAtHisFeetMakeHimBackAway() {
        try (StageRun run = new StageRun("police-cover").idle(10).step(2, FIRE)) {
            Entity officer = officer(run);
            run.idle(200);
            GameEvent cover = run.simulation.events().first(EventType.PERSON_TOOK_COVER);
            assertThat(cover).as("behind the car").isNotNull();
            assertThat(cover.x).isCloseTo(17.5f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(run.all(EventType.PERSON_CALLED)).as("he called it in").hasSize(1);
            GameEvent shot = null;
            for (GameEvent event : run.all(EventType.WEAPON_FIRED)) {
                shot = event.subject.equals("police#4") && event.tick > cover.tick ? event : shot;
            }
            assertThat(shot).as("and fired from there").isNotNull();
            assertThat(Mappers.TRANSFORM.get(officer).x).isCloseTo(17.5f, org.assertj.core.data.Offset.offset(0.5f));

            // The T-800 walks up and fires at him: it aims low near people, and its rounds slam into his door.
            ActionSet east = new ActionSet().add(Action.RIGHT);
            while (Mappers.TRANSFORM.get(run.simulation.controlled()).x < 8.5f) {
                // Within 10 m, where it aims low: at his legs, behind the door.
                run.step(1, east);
            }
            for (int volley = 0; volley < 6 && run.simulation.events().first(EventType.PERSON_SUPPRESSED) == null; volley++) {
                run.step(2, new ActionSet().add(Action.FIRE)).idle(30);
            }
            GameEvent suppressed = run.simulation.events().first(EventType.PERSON_SUPPRESSED);
            assertThat(suppressed).as("shots close by suppress him").isNotNull();
            float from = suppressed.x;
            run.idle(60);
            assertThat(Mappers.TRANSFORM.get(officer).x - from).as("he backs away east, 4 m").isGreaterThan(2f);
            assertThat(run.simulation.events().first(EventType.CASUALTY)).as("the door took the rounds").isNull();
        }
    }

    private static Entity officer(StageRun run) {
        for (Entity entity : run.simulation.engine().getEntities()) {
            if (Mappers.IDENTITY.has(entity) && Mappers.IDENTITY.get(entity).name.equals("police#4")) {
                return entity;
            }
        }
        throw new AssertionError("no police#4");
    }
}
