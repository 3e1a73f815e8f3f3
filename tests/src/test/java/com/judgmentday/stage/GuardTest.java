package com.judgmentday.stage;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
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
    void aShotSendsHimRunningToWhereItWasWithoutAScream() {
        try (StageRun run = new StageRun("guard").idle(10).step(2, FIRE).idle(240)) {
            assertThat(Mappers.AWARENESS.get(guard(run)).task).isEqualTo("investigate");
            assertThat(Mappers.TRANSFORM.get(guard(run)).x).as("at the shot, 2 m").isLessThan(4f);
            assertThat(run.simulation.events().first(EventType.PERSON_SCREAMED)).as("a guard does not scream").isNull();
        }
    }
}
