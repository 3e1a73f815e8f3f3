package com.judgmentday.sim;

/** How a level run stands: still going, won or lost; TIMEOUT is the runner's verdict when time ran out. */
public enum Outcome {
    RUNNING,
    WIN,
    LOSE,
    TIMEOUT
}
