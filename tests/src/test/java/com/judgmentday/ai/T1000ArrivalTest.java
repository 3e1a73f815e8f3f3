package com.judgmentday.ai;

import com.judgmentday.events.EventType;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A t1000-spawn's delay holds the T-1000 back: it enters at its spawn that many seconds into the level. */
class T1000ArrivalTest {
    private static Simulation withDelay(float seconds) {
        LevelDef level = TestLevels.flat(40f).john(3f).t1000(35f).build();
        level.spawn(SpawnDef.Kind.T1000).delay = seconds;
        return new Simulation(level, TestContent.tuning(), 1L);
    }

    @Test
    void itEntersWhenItsDelayIsUpAndNotBefore() {
        Simulation simulation = withDelay(2f);
        for (int tick = 0; tick < 2 * Simulation.TICKS_PER_SECOND - 1; tick++) {
            simulation.step(new ActionSet());
            assertThat(simulation.t1000()).as("tick %d", simulation.tick()).isNull();
        }
        simulation.step(new ActionSet());
        assertThat(simulation.t1000()).isNotNull();
        assertThat(simulation.events().first(EventType.T1000_ARRIVED).tick).isEqualTo(2L * Simulation.TICKS_PER_SECOND);
        simulation.dispose();
    }

    @Test
    void aLongerDelayGivesALaterRun() {
        Simulation soon = withDelay(0f);
        Simulation late = withDelay(8f);
        for (int tick = 0; tick < 5 * Simulation.TICKS_PER_SECOND; tick++) {
            soon.step(new ActionSet());
            late.step(new ActionSet());
        }
        assertThat(soon.t1000()).isNotNull();
        assertThat(late.t1000()).isNull();
        assertThat(soon.events().first(EventType.T1000_ARRIVED).tick).isEqualTo(0L);
        soon.dispose();
        late.dispose();
    }
}
