package com.judgmentday.screens;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The end page's attempts: each run of the level counts until it is won or another level is played. */
class AttemptsTest {
    @Test
    void losesAddUpAWinOrAnotherLevelStartsTheCountAgain() {
        Attempts attempts = new Attempts();
        attempts.starting("galleria.tmx");
        assertThat(attempts.count()).isZero();
        attempts.ended(false, 600L);
        attempts.starting("galleria.tmx");
        attempts.ended(false, 900L);
        attempts.starting("galleria.tmx");
        assertThat(attempts.count()).isEqualTo(2);
        assertThat(attempts.ticks()).isEqualTo(1500L);
        attempts.ended(true, 300L);
        attempts.starting("galleria.tmx");
        assertThat(attempts.count()).as("won: a new count").isZero();
        attempts.ended(false, 100L);
        attempts.starting("ai-maze.tmx");
        assertThat(attempts.count()).as("another level").isZero();
        assertThat(attempts.ticks()).isZero();
    }
}
