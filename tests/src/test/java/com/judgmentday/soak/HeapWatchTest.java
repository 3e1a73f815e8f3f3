package com.judgmentday.soak;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap's verdict over a series of samples: flat and noisy is fine, steady growth past the bound is a leak. */
class HeapWatchTest {
    private static final long MB = 1024L * 1024;

    private static HeapWatch fed(long... megabytes) {
        HeapWatch watch = new HeapWatch(16 * MB);
        for (long value : megabytes) {
            watch.add(value * MB);
        }
        return watch;
    }

    @Test
    void aFlatHeapIsNotALeak() {
        HeapWatch watch = fed(40, 41, 40, 42, 40, 41, 40, 41);
        assertThat(watch.leaking()).isFalse();
        assertThat(watch.describe()).isEqualTo("heap 40.0 -> 40.0 MB (+0.0, bound 16)");
    }

    @Test
    void steadyGrowthPastTheBoundIsALeak() {
        HeapWatch watch = new HeapWatch(16 * MB);
        for (int i = 0; i < 28; i++) {
            watch.add((40 + i) * MB);
        }
        assertThat(watch.growth()).isEqualTo(21 * MB);
        assertThat(watch.leaking()).isTrue();
    }

    @Test
    void growthWithinTheBoundIsNot() {
        HeapWatch watch = new HeapWatch(16 * MB);
        for (int i = 0; i < 28; i++) {
            watch.add((40 + i / 2) * MB);
        }
        assertThat(watch.leaking()).isFalse();
    }

    @Test
    void oneHighSampleAtTheEndIsNotGrowth() {
        // A sample taken while the next simulation is half built stands out; the lowest of the last quarter does not.
        assertThat(fed(40, 41, 40, 41, 40, 41, 40, 90).leaking()).isFalse();
    }

    @Test
    void tooFewSamplesAreNotJudged() {
        HeapWatch watch = fed(40, 400, 4000);
        assertThat(watch.leaking()).isFalse();
        assertThat(watch.describe()).startsWith("heap not judged (3 samples");
    }

    @Test
    void aRealSampleIsTheHeapInUse() {
        HeapWatch watch = new HeapWatch(16 * MB);
        watch.sample();
        assertThat(watch.samples()).isOne();
    }
}
