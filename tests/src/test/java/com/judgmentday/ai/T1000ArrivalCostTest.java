package com.judgmentday.ai;

import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.SpawnDef;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestLevels;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The T-1000 arriving mid-level costs the tick it arrives in its entity, body and a copy of its behaviour tree, not a
 * reading of the tree's text (28 KB of the 60 KB ai-maze allocated after its first two seconds).
 */
class T1000ArrivalCostTest {
    /** An arrival (entity, body, components, a copy of the tree) measures 5.7 KB; reading the tree's text made it 34 KB. */
    private static final long MOST_BYTES = 12_000;

    @Test
    void theTickItArrivesInDoesNotReadItsTreeAgain() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        LevelDef level = TestLevels.flat(40f).john(3f).t1000(35f).build();
        level.spawn(SpawnDef.Kind.T1000).delay = 1f;
        ActionSet nothing = new ActionSet();
        long least = Long.MAX_VALUE;
        // Several runs: the first ones load and compile classes; the cheapest arrival is the one without that.
        for (int run = 0; run < 8; run++) {
            Simulation simulation = new Simulation(level, TestContent.tuning(), 1L);
            while (simulation.t1000() == null) {
                long before = threads.getCurrentThreadAllocatedBytes();
                simulation.step(nothing);
                long bytes = threads.getCurrentThreadAllocatedBytes() - before;
                if (simulation.t1000() != null) {
                    least = Math.min(least, bytes);
                }
            }
            simulation.dispose();
        }
        assertThat(least).isLessThan(MOST_BYTES);
    }
}
