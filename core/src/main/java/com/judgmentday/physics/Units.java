package com.judgmentday.physics;

/** Physics works in metres; maps and art in pixels. One tile of 32 px is one metre. */
public final class Units {
    public static final float PIXELS_PER_METRE = 32f;

    private Units() {
    }

    public static float metres(float pixels) {
        return pixels / PIXELS_PER_METRE;
    }

    public static float pixels(float metres) {
        return metres * PIXELS_PER_METRE;
    }
}
