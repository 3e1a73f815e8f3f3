package com.judgmentday.sim;

import com.badlogic.gdx.ai.msg.Telegraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TickMessageDispatcherTest {
    @Test
    void delayedMessagesArriveOnTheirTickInTheOrderSent() {
        TickTimepiece time = new TickTimepiece();
        TickMessageDispatcher messages = new TickMessageDispatcher(time);
        List<String> heard = new ArrayList<>();
        Telegraph listener = telegram -> heard.add(telegram.message + "@" + time.ticks());
        messages.dispatch(0.5f, null, listener, 2, null);
        messages.dispatch(0.25f, null, listener, 1, null);
        messages.dispatch(0.5f, null, listener, 3, null);
        messages.dispatch(0f, null, listener, 0, null);
        for (int tick = 0; tick < 60; tick++) {
            time.update(Simulation.STEP_SECONDS);
            messages.update();
        }
        assertThat(heard).containsExactly("0@0", "1@15", "2@30", "3@30");
        assertThat(messages.pending()).isZero();
    }

    @Test
    void aDelayIsAlwaysTheSameNumberOfTicksHoweverLongTheRun() {
        TickTimepiece time = new TickTimepiece();
        TickMessageDispatcher messages = new TickMessageDispatcher(time);
        List<Long> arrivals = new ArrayList<>();
        for (int tick = 0; tick < 100_000; tick++) {
            if (tick % 1000 == 0) {
                long sent = time.ticks();
                messages.dispatch(0.1f, null, t -> arrivals.add(time.ticks() - sent), 0, null);
            }
            time.update(Simulation.STEP_SECONDS);
            messages.update();
        }
        assertThat(arrivals).hasSize(100).containsOnly(6L);
        assertThat(time.getTime()).isEqualTo(100_000 / 60f);
    }

    @Test
    void twoSimulationsKeepTheirOwnClocks() {
        TickTimepiece fast = new TickTimepiece();
        TickTimepiece idle = new TickTimepiece();
        TickMessageDispatcher a = new TickMessageDispatcher(fast);
        TickMessageDispatcher b = new TickMessageDispatcher(idle);
        List<Integer> heard = new ArrayList<>();
        a.dispatch(0.1f, null, t -> heard.add(1), 1, null);
        b.dispatch(0.1f, null, t -> heard.add(2), 2, null);
        fast.update(1f);
        a.update();
        b.update();
        assertThat(heard).containsExactly(1);
    }
}
