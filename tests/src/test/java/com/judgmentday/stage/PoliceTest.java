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
}
