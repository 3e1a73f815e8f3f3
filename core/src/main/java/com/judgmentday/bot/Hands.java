package com.judgmentday.bot;

import com.badlogic.gdx.math.RandomXS128;
import com.judgmentday.input.ActionSet;

/**
 * The skill between what the bot decides and the keys pressed: something new to act on is acted on only after the
 * reaction delay (plus a seeded jitter), until then the hands keep doing what they did; and the keys held change
 * at most {@link Skill#changesPerSecond} times a second.
 */
final class Hands {
    private final Skill skill;
    private final RandomXS128 random;
    /** Change tokens: one more every 60 / changesPerSecond ticks, at most a second's worth saved up. */
    private float tokens;
    private final ActionSet held = new ActionSet();
    private long readyAt;
    private long firstPress = -1;

    Hands(Skill skill, RandomXS128 random) {
        this.skill = skill;
        this.random = random;
        this.tokens = skill.changesPerSecond / 60f;
    }

    /** Something new to act on from this tick: the hands answer after the reaction delay (one reaction at a time). */
    void react(long tick) {
        if (tick < readyAt) {
            return;
        }
        readyAt = tick + skill.reactionTicks + (skill.jitterTicks > 0 ? random.nextInt(skill.jitterTicks + 1) : 0);
    }

    /** Still taking in something new: what is decided now isn't pressed yet. */
    boolean reacting(long tick) {
        return tick < readyAt;
    }

    /** The keys for this tick: the decision once the hands are ready and quick enough, else what they held. */
    void press(long tick, ActionSet decided, ActionSet out) {
        tokens = Math.min(Math.max(1f, skill.changesPerSecond / 4f), tokens + skill.changesPerSecond / 60f);
        if (tick >= readyAt && decided.bits() != held.bits() && tokens >= 1f) {
            tokens -= 1f;
            held.setAll(decided);
        }
        out.setAll(held);
        if (firstPress < 0 && !held.isEmpty()) {
            firstPress = tick;
        }
    }

    /** The tick of the first key pressed, or -1 before any. */
    long firstPress() {
        return firstPress;
    }

    /** A fresh aim error, metres, within the skill's. */
    float aimError() {
        return skill.aimError == 0f ? 0f : (random.nextFloat() * 2f - 1f) * skill.aimError;
    }
}
