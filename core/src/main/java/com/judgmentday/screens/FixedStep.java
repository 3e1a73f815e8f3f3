package com.judgmentday.screens;

/**
 * Turns variable frame times into whole simulation ticks: accumulates real time, clamps long frames
 * (a slow machine plays in slow motion rather than spiralling), and says how far the next tick is.
 */
public final class FixedStep {
    private final float stepSeconds;
    private final float maxFrameSeconds;
    /** Frame times that land a hair short of a tick (float rounding of 1/60) still count as one. */
    private static final double SLACK_SECONDS = 1e-6;
    private double accumulator;

    public FixedStep(float stepSeconds, float maxFrameSeconds) {
        this.stepSeconds = stepSeconds;
        this.maxFrameSeconds = maxFrameSeconds;
    }

    /** Adds a frame's real time; returns how many ticks are now due. */
    public int advance(float frameSeconds) {
        accumulator += Math.min(Math.max(frameSeconds, 0f), maxFrameSeconds);
        int due = (int) ((accumulator + SLACK_SECONDS) / stepSeconds);
        accumulator = Math.max(0.0, accumulator - due * (double) stepSeconds);
        return due;
    }

    /** How far real time has moved from the last tick toward the next, 0 to 1: the render interpolation. */
    public float alpha() {
        return (float) Math.min(1.0, accumulator / stepSeconds);
    }
}
