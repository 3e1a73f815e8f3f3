package com.judgmentday.render;

import com.judgmentday.events.EventType;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.level.LevelCatalog;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The level's briefing gives way when the level moves on: in the last mill map the player is handed Sarah 1.5 s in,
 * and playtesters found the briefing, the goal, YOU ARE SARAH NOW and the checkpoint stacked over the middle at once.
 */
class ObjectiveBannerTest {
    @Test
    void theBriefingFadesOutWhenThePlayerIsHandedAnotherCharacter() {
        Simulation simulation = new Simulation(LevelCatalog.load("steel-mill-3", TestContent.tuning()), TestContent.tuning(),
                1L);
        ObjectiveBanner banner = new ObjectiveBanner();
        try {
            long shownUntil = -1;
            ActionSet none = new ActionSet();
            banner.follow(simulation);
            // The T-800 fires west at once: the fake's reveal hands the player Sarah.
            ActionSet fire = new ActionSet().add(Action.FIRE);
            for (int tick = 0; tick < 600; tick++) {
                simulation.step(tick < 90 && tick % 20 == 0 ? fire : none);
                banner.follow(simulation);
                shownUntil = banner.briefing() ? simulation.tick() : shownUntil;
            }
            long handed = simulation.events().first(EventType.CONTROL_SWITCHED).tick;
            assertThat(shownUntil).as("shown until half a second after the hand-over").isGreaterThan(handed)
                    .isLessThanOrEqualTo(handed + Simulation.TICKS_PER_SECOND / 2);
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void withNothingNewTheBriefingStaysItsReadingTime() {
        Simulation simulation = new Simulation(LevelCatalog.load("proving-ground", TestContent.tuning()),
                TestContent.tuning(), 1L);
        ObjectiveBanner banner = new ObjectiveBanner();
        try {
            banner.follow(simulation);
            for (int tick = 0; tick < 4 * Simulation.TICKS_PER_SECOND; tick++) {
                simulation.step(new ActionSet());
                banner.follow(simulation);
            }
            assertThat(banner.briefing()).as("still up after 4 s of nothing new").isTrue();
        } finally {
            simulation.dispose();
        }
    }
}
