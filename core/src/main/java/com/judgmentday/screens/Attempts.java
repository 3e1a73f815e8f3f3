package com.judgmentday.screens;

/**
 * The attempts at the level being played, for the level-complete page's time: every run of it since it was started
 * counts (a player who died four times played it for all five), until it is won or another level is played.
 */
final class Attempts {
    /** The level tried (its file), or null. */
    private String level;
    private long ticks;
    private int count;

    /** A run of {@code level} starts: the count goes on if it is the level tried, else starts again. */
    void starting(String level) {
        if (!level.equals(this.level)) {
            this.level = level;
            ticks = 0L;
            count = 0;
        }
    }

    /** The run ended (left, lost, restarted) after {@code ran} ticks; a win closes the count. */
    void ended(boolean won, long ran) {
        if (won) {
            level = null;
        } else {
            ticks += ran;
            count++;
        }
    }

    /** Ticks the earlier attempts ran. */
    long ticks() {
        return ticks;
    }

    /** How many earlier attempts there were. */
    int count() {
        return count;
    }
}
