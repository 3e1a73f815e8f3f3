package com.judgmentday.sim;

import com.badlogic.gdx.ai.msg.Telegram;
import com.badlogic.gdx.ai.msg.Telegraph;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.LongArray;
import com.badlogic.gdx.utils.Pool;

/**
 * gdx-ai messaging owned by one simulation. gdx-ai's own MessageDispatcher reads the global GdxAI
 * timepiece, so two simulations (or a test beside the game) would share one clock; this one reads the
 * simulation's {@link TickTimepiece}, schedules in whole ticks (no float drift), and delivers messages
 * due on the same tick in the order they were sent.
 */
public final class TickMessageDispatcher {
    private final TickTimepiece clock;
    private final Array<Telegram> queue = new Array<>(true, 16, Telegram.class);
    private final LongArray dueTicks = new LongArray(true, 16);
    private final Pool<Telegram> pool = new Pool<>(16) {
        @Override
        protected Telegram newObject() {
            return new Telegram();
        }
    };

    public TickMessageDispatcher(TickTimepiece clock) {
        this.clock = clock;
    }

    /** Delivers now, or after {@code delaySeconds} of simulation time rounded up to whole ticks. */
    public void dispatch(float delaySeconds, Telegraph sender, Telegraph receiver, int message, Object extraInfo) {
        long delay = delaySeconds <= 0f ? 0 : (long) Math.ceil(delaySeconds * Simulation.TICKS_PER_SECOND - 1e-3);
        long due = clock.ticks() + delay;
        Telegram telegram = pool.obtain();
        telegram.sender = sender;
        telegram.receiver = receiver;
        telegram.message = message;
        telegram.extraInfo = extraInfo;
        telegram.setTimestamp((float) (due / (double) Simulation.TICKS_PER_SECOND));
        if (delay == 0) {
            deliver(telegram);
            return;
        }
        int index = queue.size;
        while (index > 0 && dueTicks.get(index - 1) > due) {
            index--;
        }
        queue.insert(index, telegram);
        dueTicks.insert(index, due);
    }

    /** Delivers every delayed message whose tick has come; call once per tick after the clock moved. */
    public void update() {
        long now = clock.ticks();
        while (queue.size > 0 && dueTicks.first() <= now) {
            dueTicks.removeIndex(0);
            deliver(queue.removeIndex(0));
        }
    }

    public int pending() {
        return queue.size;
    }

    private void deliver(Telegram telegram) {
        telegram.receiver.handleMessage(telegram);
        pool.free(telegram);
    }
}
