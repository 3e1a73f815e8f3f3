package com.judgmentday.audio;

import com.badlogic.gdx.math.RandomXS128;

/**
 * The synthesizer's building blocks: mono float buffers at {@link #RATE} samples a second (full scale is
 * 1), made by oscillators and seeded noise, shaped in place by envelopes and filters, summed by
 * {@link #mix}. Pure functions of their arguments: the same call gives the same samples, every run.
 */
public final class Synth {
    /** Samples a second, CD rate. */
    public static final int RATE = 44_100;
    private static final double TAU = Math.PI * 2.0;
    /** Gliding pitches, cutoffs and wobbles are recomputed every this many samples (a third of a millisecond). */
    private static final int CONTROL = 16;

    /** The shape of an oscillator's wave. */
    public enum Wave { SINE, SQUARE, SAW, TRIANGLE }

    private Synth() {
    }

    /** Samples in that many seconds (at least one). */
    public static int samples(float seconds) {
        return Math.max(1, Math.round(seconds * RATE));
    }

    public static float[] silence(float seconds) {
        return new float[samples(seconds)];
    }

    /** White noise in [-1, 1] from a seed. */
    public static float[] noise(float seconds, long seed) {
        RandomXS128 random = new RandomXS128(seed);
        float[] out = silence(seconds);
        for (int i = 0; i < out.length; i++) {
            out[i] = random.nextFloat() * 2f - 1f;
        }
        return out;
    }

    /** Sparse clicks: about {@code perSecond} single-sample impulses of random sign and size, each ringing briefly. */
    public static float[] crackle(float seconds, float perSecond, long seed) {
        RandomXS128 random = new RandomXS128(seed);
        float[] out = silence(seconds);
        float chance = perSecond / RATE;
        float ring = 0f;
        for (int i = 0; i < out.length; i++) {
            if (random.nextFloat() < chance) {
                ring = (random.nextBoolean() ? 1f : -1f) * (0.3f + 0.7f * random.nextFloat());
            }
            out[i] = ring;
            ring *= -0.82f;
        }
        return out;
    }

    /** A steady tone. */
    public static float[] tone(Wave wave, float seconds, float hz) {
        return sweep(wave, seconds, hz, hz, 0f, 0f);
    }

    /** A tone gliding exponentially from one pitch to another. */
    public static float[] sweep(Wave wave, float seconds, float fromHz, float toHz) {
        return sweep(wave, seconds, fromHz, toHz, 0f, 0f);
    }

    /**
     * A tone gliding exponentially from one pitch to another, its pitch wobbling {@code wobbleHz} times a
     * second by up to the fraction {@code wobbleDepth} (vibrato).
     */
    public static float[] sweep(Wave wave, float seconds, float fromHz, float toHz, float wobbleHz, float wobbleDepth) {
        float[] out = silence(seconds);
        double glide = Math.exp(Math.log(toHz / fromHz) / out.length);
        double hz = fromHz;
        double wobble = 1.0;
        double phase = 0.0;
        for (int i = 0; i < out.length; i++) {
            if (wobbleDepth != 0f && i % CONTROL == 0) {
                wobble = 1.0 + wobbleDepth * Math.sin(TAU * wobbleHz * i / RATE);
            }
            out[i] = shape(wave, phase);
            phase += hz * wobble / RATE;
            phase -= Math.floor(phase);
            hz *= glide;
        }
        return out;
    }

    /** One wave's value at a phase in [0, 1). */
    static float shape(Wave wave, double phase) {
        switch (wave) {
            case SQUARE:
                return phase < 0.5 ? 1f : -1f;
            case SAW:
                return (float) (2.0 * phase - 1.0);
            case TRIANGLE:
                return (float) (phase < 0.5 ? 4.0 * phase - 1.0 : 3.0 - 4.0 * phase);
            default:
                return (float) Math.sin(TAU * phase);
        }
    }

    /**
     * Attack, decay, sustain, release: rises linearly to full over {@code attack} seconds, falls linearly to
     * {@code sustain} over {@code decay}, holds, and fades to silence over the last {@code release} seconds.
     */
    public static float[] envelope(float[] s, float attack, float decay, float sustain, float release) {
        int a = Math.round(attack * RATE);
        int d = Math.round(decay * RATE);
        int r = Math.min(s.length, Math.round(release * RATE));
        int releaseStart = s.length - r;
        for (int i = 0; i < s.length; i++) {
            float level;
            if (i < a) {
                level = (float) i / a;
            } else if (i < a + d) {
                level = 1f - (1f - sustain) * (i - a) / d;
            } else {
                level = sustain;
            }
            if (i >= releaseStart && r > 0) {
                level *= (float) (s.length - i) / r;
            }
            s[i] *= level;
        }
        return s;
    }

    /**
     * A short linear attack, then an exponential fall that halves every {@code halfLife} seconds; the last
     * few milliseconds fade to nothing, so a cut-off tail never clicks.
     */
    public static float[] decay(float[] s, float attack, float halfLife) {
        int a = Math.max(1, Math.round(attack * RATE));
        int fade = Math.max(1, Math.min(s.length / 4, RATE / 200));
        double fall = Math.pow(0.5, 1.0 / (halfLife * RATE));
        double level = 1.0;
        for (int i = 0; i < s.length; i++) {
            if (i < a) {
                s[i] *= (float) i / a;
            } else {
                s[i] *= (float) level;
                level *= fall;
            }
            if (s.length - i < fade) {
                s[i] *= (float) (s.length - i) / fade;
            }
        }
        return s;
    }

    /** Multiplies by a tremolo: the level swings {@code hz} times a second between 1 - depth and 1. */
    public static float[] tremolo(float[] s, float hz, float depth) {
        for (int i = 0; i < s.length; i++) {
            s[i] *= (float) (1.0 - depth * 0.5 * (1.0 + Math.sin(TAU * hz * i / RATE)));
        }
        return s;
    }

    /** A two-pole low-pass whose cutoff glides exponentially from one frequency to another. */
    public static float[] lowPass(float[] s, float fromHz, float toHz) {
        double ratio = Math.log(toHz / fromHz);
        double a = 0.0;
        double y1 = 0.0;
        double y2 = 0.0;
        for (int i = 0; i < s.length; i++) {
            if (i % CONTROL == 0) {
                a = coefficient(fromHz * Math.exp(ratio * i / s.length));
            }
            y1 += a * (s[i] - y1);
            y2 += a * (y1 - y2);
            s[i] = (float) y2;
        }
        return s;
    }

    public static float[] lowPass(float[] s, float hz) {
        return lowPass(s, hz, hz);
    }

    /** A one-pole high-pass: takes away rumble below the cutoff. */
    public static float[] highPass(float[] s, float hz) {
        double a = coefficient(hz);
        double low = 0.0;
        for (int i = 0; i < s.length; i++) {
            low += a * (s[i] - low);
            s[i] = (float) (s[i] - low);
        }
        return s;
    }

    /**
     * A resonant band-pass (state-variable filter) whose centre glides from one frequency to another and
     * wobbles {@code wobbleHz} times a second by the fraction {@code wobbleDepth}; {@code q} above 1 rings.
     */
    public static float[] bandPass(float[] s, float fromHz, float toHz, float q, float wobbleHz, float wobbleDepth) {
        double ratio = Math.log(toHz / fromHz);
        double damping = 1.0 / Math.max(0.5f, q);
        double low = 0.0;
        double band = 0.0;
        double f = 0.0;
        for (int i = 0; i < s.length; i++) {
            if (i % CONTROL == 0) {
                double hz = fromHz * Math.exp(ratio * i / s.length)
                        * (1.0 + wobbleDepth * Math.sin(TAU * wobbleHz * i / RATE));
                f = 2.0 * Math.sin(Math.PI * Math.min(hz, RATE / 6.0) / RATE);
            }
            low += f * band;
            double high = s[i] - low - damping * band;
            band += f * high;
            s[i] = (float) band;
        }
        return s;
    }

    private static double coefficient(double hz) {
        return 1.0 - Math.exp(-TAU * Math.min(hz, RATE / 2.0) / RATE);
    }

    /** Soft saturation: loud parts round off instead of clipping, quiet parts pass almost unchanged. */
    public static float[] drive(float[] s, float amount) {
        double norm = Math.tanh(amount);
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (Math.tanh(s[i] * amount) / norm);
        }
        return s;
    }

    public static float[] gain(float[] s, float factor) {
        for (int i = 0; i < s.length; i++) {
            s[i] *= factor;
        }
        return s;
    }

    /** Adds {@code source} times {@code level} into {@code target} from {@code at} seconds on; overhang is cut. */
    public static float[] mix(float[] target, float[] source, float at, float level) {
        int start = Math.round(at * RATE);
        int end = Math.min(target.length, start + source.length);
        for (int i = Math.max(0, start); i < end; i++) {
            target[i] += source[i - start] * level;
        }
        return target;
    }

    /** Scales so the loudest sample reaches {@code peak} (a silent buffer stays silent). */
    public static float[] normalize(float[] s, float peak) {
        float max = 0f;
        for (float v : s) {
            max = Math.max(max, Math.abs(v));
        }
        return max == 0f ? s : gain(s, peak / max);
    }

    /** The frequency of a MIDI note (69 is A 440 Hz). */
    public static float midi(int note) {
        return (float) (440.0 * Math.pow(2.0, (note - 69) / 12.0));
    }
}
