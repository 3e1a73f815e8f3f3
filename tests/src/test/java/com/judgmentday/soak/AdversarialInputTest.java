package com.judgmentday.soak;

import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import com.judgmentday.sim.Simulation;
import com.judgmentday.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile player: seeded, it goes through every mode within minutes and presses every key there is. */
class AdversarialInputTest {
    private static final int TICKS = 3 * 60 * Simulation.TICKS_PER_SECOND;

    /** Plays hazard-lab invulnerable (so the run lasts) and returns the key bits of every tick. */
    private static List<Integer> play(long seed, Set<SoakMode> modes, Set<Action> pressed) {
        Simulation simulation = Scenario.level("hazard-lab").simulation();
        try {
            simulation.setInvulnerable(true);
            AdversarialInput input = new AdversarialInput(simulation, seed);
            List<Integer> keys = new ArrayList<>();
            ActionSet actions = new ActionSet();
            for (int tick = 0; tick < TICKS; tick++) {
                actions.clear();
                input.poll(simulation.tick(), actions);
                modes.add(input.mode());
                for (Action action : Action.values()) {
                    if (actions.has(action)) {
                        pressed.add(action);
                    }
                }
                keys.add(actions.bits());
                simulation.step(actions);
            }
            return keys;
        } finally {
            simulation.dispose();
        }
    }

    @Test
    void goesThroughEveryModeAndPressesEveryKey() {
        Set<SoakMode> modes = EnumSet.noneOf(SoakMode.class);
        Set<Action> pressed = EnumSet.noneOf(Action.class);
        play(1L, modes, pressed);
        assertThat(modes).containsExactlyInAnyOrder(SoakMode.values());
        assertThat(pressed).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void theSameSeedPressesTheSameKeysAndAnotherDoesNot() {
        Set<SoakMode> modes = EnumSet.noneOf(SoakMode.class);
        Set<Action> pressed = EnumSet.noneOf(Action.class);
        List<Integer> first = play(3L, modes, pressed);
        assertThat(play(3L, modes, pressed)).isEqualTo(first);
        assertThat(play(4L, modes, pressed)).isNotEqualTo(first);
    }
}
