package com.judgmentday.scenario;

import com.badlogic.ashley.core.Entity;
import com.judgmentday.bot.Bot;
import com.judgmentday.components.Mappers;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Outcome;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless scenario on the real steel-mill-fight: the fall-back after the stand is a chase. */
class SteelMillFightTest {
    @Test
    void afterTheStandItsHolesCloseAndItRunsTheT800DownThroughTheRollingMill() {
        // Round 22: "the T-1000 will follow you in but never came": the stand's 30 s of shells had left it 144 holes,
        // closing one every 40 ticks, and it walked the fall-back at half speed, 46 m behind. The beat mends it.
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill-fight", TestContent.tuning()),
                TestContent.tuning(), 1L);
        try {
            Bot bot = Bot.create(simulation, TestContent.tuning(), "average", 1L);
            ActionSet actions = new ActionSet();
            int holesBefore = -1;
            float closest = Float.MAX_VALUE;
            float ahead = Float.MAX_VALUE;
            long clear = -1;
            while (simulation.outcome() == Outcome.RUNNING && simulation.tick() < 120L * Simulation.TICKS_PER_SECOND) {
                Entity t1000 = simulation.t1000();
                if (clear < 0 && t1000 != null) {
                    holesBefore = Mappers.LIQUID.get(t1000).holes;
                }
                actions.clear();
                bot.poll(simulation.tick(), actions);
                simulation.step(actions);
                if (clear < 0 && started(simulation, "they are clear")) {
                    clear = simulation.tick();
                    assertThat(holesBefore).as("holes the stand left").isGreaterThan(20);
                    assertThat(Mappers.LIQUID.get(t1000).holes).as("mended").isZero();
                }
                if (clear > 0 && simulation.tick() > clear + 5 * Simulation.TICKS_PER_SECOND) {
                    float gap = Mappers.TRANSFORM.get(simulation.controlled()).x - Mappers.TRANSFORM.get(t1000).x;
                    closest = Math.min(closest, Math.abs(gap));
                    ahead = Math.min(ahead, gap);
                }
            }
            assertThat(simulation.outcome()).isEqualTo(Outcome.WIN);
            assertThat(closest).as("how close it came in the fall-back, metres (it was 20-46 m behind)").isLessThan(6f);
            assertThat(ahead).as("behind the T-800 all the way, not past it").isGreaterThan(0f);
        } finally {
            simulation.dispose();
        }
    }

    private static boolean started(Simulation simulation, String beat) {
        for (GameEvent event : simulation.events().events()) {
            if (event.type == EventType.BEAT_STARTED && beat.equals(event.detail())) {
                return true;
            }
        }
        return false;
    }
}
