package com.judgmentday.sim;

import com.badlogic.gdx.ai.DefaultTimepiece;
import com.badlogic.gdx.ai.msg.Telegraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TickMessageDispatcherTest {
    @Test
    void delayedMessagesArriveWhenTheirSimulationTimeComesInOrder() {
        DefaultTimepiece time = new DefaultTimepiece();
        TickMessageDispatcher messages = new TickMessageDispatcher(time);
        List<String> heard = new ArrayList<>();
        Telegraph listener = telegram -> heard.add(telegram.message + "@" + Math.round(time.getTime() * 60));
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
    void twoSimulationsKeepTheirOwnClocks() {
        DefaultTimepiece fast = new DefaultTimepiece();
        DefaultTimepiece idle = new DefaultTimepiece();
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
