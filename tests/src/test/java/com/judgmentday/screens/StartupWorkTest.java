package com.judgmentday.screens;

import com.badlogic.gdx.utils.GdxNativesLoader;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Integration: the warm-up runs a real level in the background, and a level start stops it first. */
class StartupWorkTest {
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void natives() {
        GdxNativesLoader.load();
    }

    @Test
    void leftAloneTheWarmUpRunsTheFirstLevelAndSaysHowLong() throws InterruptedException {
        StartupWork work = StartupWork.begin(false, TestContent.tuning(), log::add, Runnable::run);
        long deadline = System.currentTimeMillis() + 30_000L;
        while (log.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10L);
        }
        work.stopWarmUp();
        work.dispose();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).matches("start-up: level code warmed in the background in \\d+ ms");
    }

    @Test
    void aLevelStartingStopsTheWarmUpAndWaitsUntilItHasLetGo() throws InterruptedException {
        StartupWork work = StartupWork.begin(false, TestContent.tuning(), log::add, Runnable::run);
        work.stopWarmUp();
        Thread.sleep(300L);
        work.dispose();
        assertThat(log).as("nothing of the warm-up runs after the level started").isEmpty();
    }

    @Test
    void whenALevelStartsAtOnceThereIsNoWarmUp() {
        StartupWork work = StartupWork.begin(true, TestContent.tuning(), log::add, task -> {
            throw new AssertionError("nothing waits for the first frame when a level starts at once");
        });
        work.stopWarmUp();
        work.dispose();
        assertThat(log).isEmpty();
    }
}
