package com.judgmentday.render.effects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticlesTest {
    @Test
    void shardsFallingOnAFloorBounceOffItAndLieOnIt() {
        Particles particles = new Particles(4);
        particles.add(0f, 1f, 2f, 3f, -14f, 0.4f, 0.1f, 0.5f, 3f, 0xffffffff, 0xffffff00, true, 0f);
        particles.add(0f, 1f, 2f, 3f, -14f, 0.4f, 0.1f, 0.5f, 3f, 0xffffffff, 0xffffff00, true);
        float lowest = Float.MAX_VALUE;
        for (int tick = 0; tick < 120; tick++) {
            particles.update(1f / 60f);
            lowest = Math.min(lowest, particles.y(0));
        }
        assertThat(lowest).as("the one with a floor never goes below it").isGreaterThanOrEqualTo(0f);
        assertThat(particles.y(0)).as("and comes to rest on it").isLessThan(0.05f);
        assertThat(particles.y(1)).as("the one without falls on").isLessThan(-5f);
    }

    @Test
    void theOldestMakesRoomWhenThePoolIsFull() {
        Particles particles = new Particles(2);
        for (int i = 0; i < 5; i++) {
            particles.add(0f, i, 0f, 0f, 0f, 0f, 0.1f, 1f, 0xffffffff, 0xffffff00, false);
        }
        assertThat(particles.count()).isEqualTo(2);
        assertThat(particles.y(0)).as("the newest took the oldest's place").isEqualTo(4f);
        assertThat(particles.y(1)).isEqualTo(3f);
    }
}
