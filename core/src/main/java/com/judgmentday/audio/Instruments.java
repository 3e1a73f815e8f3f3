package com.judgmentday.audio;

import com.judgmentday.audio.Synth.Wave;

import static com.judgmentday.audio.Synth.decay;
import static com.judgmentday.audio.Synth.envelope;
import static com.judgmentday.audio.Synth.highPass;
import static com.judgmentday.audio.Synth.lowPass;
import static com.judgmentday.audio.Synth.midi;
import static com.judgmentday.audio.Synth.mix;
import static com.judgmentday.audio.Synth.noise;
import static com.judgmentday.audio.Synth.silence;
import static com.judgmentday.audio.Synth.sweep;

/** The music's voices: drums, an anvil clank, a heartbeat, a detuned synth pad and a bass, all from code. */
final class Instruments {
    private Instruments() {
    }

    /** A bass drum: a sine dropping fast in pitch, with a click on top. */
    static float[] kick(long seed, float weight) {
        float[] out = decay(sweep(Wave.SINE, 0.4f, 150f, 42f), 0.001f, 0.06f * weight);
        return mix(out, decay(lowPass(noise(0.01f, seed), 3000f), 0.0002f, 0.002f), 0f, 0.4f);
    }

    /** A snare: a short tone and a burst of bright noise. */
    static float[] snare(long seed) {
        float[] out = decay(sweep(Wave.TRIANGLE, 0.2f, 230f, 180f), 0.001f, 0.03f);
        return mix(out, decay(highPass(noise(0.25f, seed), 1200f), 0.001f, 0.045f), 0f, 0.9f);
    }

    /** A closed hi-hat: a tick of high noise. */
    static float[] hat(long seed, float length) {
        return decay(highPass(noise(0.08f, seed), 7000f), 0.0005f, length);
    }

    /** A struck steel bar: inharmonic partials ringing out, the industrial hit of the score. */
    static float[] clank(long seed, float hz) {
        float[] out = silence(1.5f);
        float[] ratios = {1f, 2.76f, 5.40f, 8.93f};
        for (int i = 0; i < ratios.length; i++) {
            mix(out, decay(Synth.tone(Wave.SINE, 1.5f, hz * ratios[i]), 0.001f, 0.25f / (1 + i)), 0f, 1f / (1 + i));
        }
        return mix(out, decay(highPass(noise(0.05f, seed), 2000f), 0.0003f, 0.006f), 0f, 0.5f);
    }

    /** A heartbeat: a soft low "lub" and a quieter "dub" just after it, each a falling tone and a muffled knock. */
    static float[] heartbeat(long seed, float gap) {
        float[] out = silence(gap + 0.35f);
        mix(out, beat(seed, 95f), 0f, 1f);
        return mix(out, beat(seed + 1, 80f), gap, 0.7f);
    }

    private static float[] beat(long seed, float hz) {
        float[] out = decay(sweep(Wave.SINE, 0.3f, hz, hz * 0.55f), 0.006f, 0.05f);
        return mix(out, decay(lowPass(noise(0.1f, seed), 260f), 0.004f, 0.02f), 0f, 1.5f);
    }

    /** A slow synth pad: each note as three detuned saws, darkened, fading in and out. */
    static float[] pad(int[] notes, float seconds, float brightness) {
        float[] out = silence(seconds);
        float[] detune = {0.996f, 1f, 1.005f};
        for (int note : notes) {
            for (float d : detune) {
                float hz = midi(note) * d;
                mix(out, sweep(Wave.SAW, seconds, hz, hz, 0.3f + d, 0.002f), 0f, 0.3f);
            }
        }
        lowPass(out, brightness);
        return envelope(out, seconds * 0.3f, seconds * 0.2f, 0.8f, seconds * 0.35f);
    }

    /** A bass note: saw over a square an octave down, plucked short and filtered. */
    static float[] bass(int note, float seconds, float brightness) {
        float hz = midi(note);
        float[] out = sweep(Wave.SAW, seconds, hz, hz);
        mix(out, sweep(Wave.SQUARE, seconds, hz / 2f, hz / 2f), 0f, 0.5f);
        lowPass(out, brightness * 2f, brightness);
        return envelope(out, 0.004f, seconds * 0.5f, 0.6f, seconds * 0.3f);
    }
}
