package com.judgmentday.bot;

import com.badlogic.gdx.math.RandomXS128;
import com.judgmentday.input.Action;
import com.judgmentday.input.ActionSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The skill between decision and key: reactions wait their delay, and the keys change no faster than the hands. */
class HandsTest {
    private static Skill skill(int reaction, int jitter, float changes) {
        Skill skill = new Skill();
        skill.reactionTicks = reaction;
        skill.jitterTicks = jitter;
        skill.changesPerSecond = changes;
        return skill;
    }

    @Test
    void keysChangeNoMoreOftenThanTheSkillAllows() {
        Hands hands = new Hands(skill(0, 0, 6f), new RandomXS128(1));
        ActionSet decided = new ActionSet();
        ActionSet out = new ActionSet();
        int changes = 0;
        int last = 0;
        for (int tick = 0; tick < 600; tick++) {
            decided.clear();
            decided.set(Action.FIRE, tick % 2 == 0);
            out.clear();
            hands.press(tick, decided, out);
            if (out.bits() != last) {
                changes++;
            }
            last = out.bits();
        }
        // Ten seconds at six a second, with at most a quarter second's worth (one or two) saved up at the start.
        assertThat(changes).isBetween(58, 62);
    }

    @Test
    void aReactionHoldsWhatTheHandsDidUntilItsDelayIsOver() {
        Hands hands = new Hands(skill(10, 0, 60f), new RandomXS128(1));
        ActionSet decided = new ActionSet().add(Action.RIGHT);
        ActionSet out = new ActionSet();
        hands.press(0, decided, out);
        assertThat(out.has(Action.RIGHT)).isTrue();
        hands.react(1);
        decided.clear();
        decided.add(Action.LEFT);
        for (long tick = 1; tick < 11; tick++) {
            out.clear();
            hands.press(tick, decided, out);
            assertThat(out.has(Action.RIGHT)).as("tick %d", tick).isTrue();
        }
        out.clear();
        hands.press(11, decided, out);
        assertThat(out.has(Action.LEFT)).isTrue();
    }

    @Test
    void jitterDelaysEachReactionBySomeOfItsTicksTheSameWayForTheSameSeed() {
        long first = delay(new RandomXS128(5));
        assertThat(first).isBetween(10L, 18L).isEqualTo(delay(new RandomXS128(5)));
    }

    private static long delay(RandomXS128 random) {
        Hands hands = new Hands(skill(10, 8, 60f), random);
        hands.react(0);
        long tick = 0;
        while (hands.reacting(tick)) {
            tick++;
        }
        return tick;
    }
}
