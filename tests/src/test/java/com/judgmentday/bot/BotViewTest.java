package com.judgmentday.bot;

import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the bot reads off the level: molten steel is there only once it is (an overflow waits for its beat). */
class BotViewTest {
    @Test
    void anOverflowThatHasNotPouredIsNoMoltenSteelToDriveAFoeInto() {
        // The ladle over 14-16 m starts to pour at 1 s; the T-800 stands at 2 m; a foe at 13 m has it just beyond.
        Simulation simulation = Scenario.level("src/test/resources/levels/stage/step-overflow.tmx").simulation();
        try {
            BotView view = new BotView(simulation, BotLoader.load());
            ActionSet nothing = new ActionSet();
            for (int i = 0; i < 30; i++) {
                simulation.step(nothing);
            }
            view.look();
            assertThat(view.moltenBeyond(13f, 3f)).as("before the beat: nothing on the floor to throw it into").isFalse();
            for (int i = 0; i < 90; i++) {
                simulation.step(nothing);
            }
            view.look();
            assertThat(view.moltenBeyond(13f, 3f)).as("poured: molten steel on the floor beyond it").isTrue();
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void aGuardDownOrDeadClubsNoOneAndIsNoOneToTurnTo() {
        // One dead keeps his baton and his alarm: the bot turned to him for ever and neither fought nor went on.
        Simulation simulation = Scenario.level("src/test/resources/levels/stage/step-alarm.tmx").simulation();
        try {
            BotView view = new BotView(simulation, BotLoader.load());
            ActionSet nothing = new ActionSet();
            for (int i = 0; i < 400 && simulation.events().first(com.judgmentday.events.EventType.MELEE_HIT) == null; i++) {
                simulation.step(nothing);
            }
            view.look();
            com.badlogic.ashley.core.Entity guard = view.clubber(1.6f);
            assertThat(guard).as("clubbing the T-800").isNotNull();
            com.judgmentday.components.Mappers.HEALTH.get(guard).dead = true;
            assertThat(view.clubber(1.6f)).as("dead").isNull();
        } finally {
            simulation.dispose();
        }
    }
}
