package com.judgmentday.sim;

import com.badlogic.gdx.ai.Timepiece;
import com.badlogic.gdx.ai.msg.Telegram;
import com.badlogic.gdx.ai.msg.Telegraph;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.Pool;

/**
 * gdx-ai messaging owned by one simulation. gdx-ai's own MessageDispatcher reads the global GdxAI
 * timepiece, so two simulations (or a test beside the game) would share one clock; this one reads the
 * timepiece it is given, and delivers messages due at the same time in the order they were sent.
 */
public final class TickMessageDispatcher {
    private final Timepiece timepiece;
    private final Array<Telegram> queue = new Array<>(true, 16, Telegram.class);
    private final Pool<Telegram> pool = new Pool<>(16) {
        @Override
        protected Telegram newObject() {
            return new Telegram();
        }
    };

    public TickMessageDispatcher(Timepiece timepiece) {
        this.timepiece = timepiece;
    }

    /** Delivers now, or after {@code delaySeconds} of simulation time. */
    public void dispatch(float delaySeconds, Telegraph sender, Telegraph receiver, int message, Object extraInfo) {
        if (delaySeconds <= 0f) {
            Telegram telegram = pool.obtain();
            fill(telegram, sender, receiver, message, extraInfo, timepiece.getTime());
            deliver(telegram);
            return;
        }
        Telegram telegram = pool.obtain();
        fill(telegram, sender, receiver, message, extraInfo, timepiece.getTime() + delaySeconds);
        int index = queue.size;
        while (index > 0 && queue.items[index - 1].getTimestamp() > telegram.getTimestamp()) {
            index--;
        }
        queue.insert(index, telegram);
    }

    /** Delivers every delayed message whose time has come; call once per tick after the timepiece moved. */
    public void update() {
        float now = timepiece.getTime();
        while (queue.size > 0 && queue.first().getTimestamp() <= now) {
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

    private static void fill(Telegram telegram, Telegraph sender, Telegraph receiver, int message, Object extra, float at) {
        telegram.sender = sender;
        telegram.receiver = receiver;
        telegram.message = message;
        telegram.extraInfo = extra;
        telegram.setTimestamp(at);
    }
}
