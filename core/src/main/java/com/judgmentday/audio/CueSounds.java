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
import static com.judgmentday.audio.Synth.tone;

/** Recipes for signals rather than physics: a pick-up, John's protest, the T-800 powering down and up, stings. */
final class CueSounds {
    private CueSounds() {
    }

    /** A bright two-step chirp up. */
    static float[] pickup(long seed) {
        float[] out = silence(0.22f);
        mix(out, blip(Wave.SQUARE, 0.07f, midi(79), midi(84)), 0f, 1f);
        mix(out, blip(Wave.SQUARE, 0.1f, midi(88), midi(91)), 0.07f, 1f);
        return lowPass(out, 5000f);
    }

    /**
     * John objecting: three blips in the rise and fall of an indignant "hey, no!" (pitch contour only,
     * no speech), through a mouth-like filter.
     */
    static float[] protest(long seed) {
        float[] out = silence(0.62f);
        mix(out, syllable(0.12f, 330f, 440f, 1400f), 0f, 0.8f);
        mix(out, syllable(0.14f, 520f, 380f, 1100f), 0.17f, 1f);
        mix(out, syllable(0.22f, 560f, 300f, 900f), 0.36f, 1f);
        mix(out, decay(highPass(noise(0.03f, seed), 4000f), 0.005f, 0.008f), 0.16f, 0.1f);
        return out;
    }

    /** The T-800 powering down: a whine falling an octave after another into a dying hum. */
    static float[] shutdown(long seed) {
        float[] out = silence(1.8f);
        float[] whine = lowPass(sweep(Wave.SAW, 1.8f, 880f, 35f), 4000f, 300f);
        mix(out, envelope(whine, 0.01f, 0.2f, 0.8f, 1.0f), 0f, 0.8f);
        float[] hum = lowPass(sweep(Wave.SQUARE, 1.8f, 60f, 30f), 400f);
        mix(out, envelope(hum, 0.02f, 0.5f, 0.6f, 1.2f), 0f, 0.4f);
        mix(out, decay(highPass(noise(0.05f, seed), 2000f), 0.0005f, 0.006f), 0f, 0.4f);
        return out;
    }

    /** The T-800 rebooting: a whine rising from nothing, then two confirming beeps. */
    static float[] reboot(long seed) {
        float[] out = silence(1.5f);
        float[] whine = lowPass(sweep(Wave.SAW, 1.0f, 45f, 900f), 300f, 4000f);
        mix(out, envelope(whine, 0.6f, 0f, 1f, 0.15f), 0f, 0.8f);
        mix(out, blip(Wave.SQUARE, 0.08f, midi(81), midi(81)), 1.05f, 0.5f);
        mix(out, blip(Wave.SQUARE, 0.14f, midi(88), midi(88)), 1.2f, 0.5f);
        mix(out, decay(highPass(noise(0.04f, seed), 2500f), 0.0005f, 0.005f), 1.0f, 0.3f);
        return out;
    }

    /** A rising minor-to-major arpeggio: the level is won. */
    static float[] win(long seed) {
        float[] out = silence(1.3f);
        int[] notes = {57, 60, 64, 69, 73, 76};
        for (int i = 0; i < notes.length; i++) {
            float length = i == notes.length - 1 ? 0.7f : 0.16f;
            mix(out, lowPass(blip(Wave.SQUARE, length, midi(notes[i]), midi(notes[i])), 3000f), i * 0.1f, 0.6f);
        }
        return out;
    }

    /** A falling, detuned line into a low drone: the level is lost. */
    static float[] lose(long seed) {
        float[] out = silence(1.8f);
        int[] notes = {64, 63, 58, 51};
        for (int i = 0; i < notes.length; i++) {
            float length = i == notes.length - 1 ? 1.2f : 0.3f;
            float[] note = lowPass(sweep(Wave.SAW, length, midi(notes[i]), midi(notes[i]) * 0.97f), 1800f);
            mix(out, envelope(note, 0.01f, 0.1f, 0.6f, length * 0.5f), i * 0.22f, 0.6f);
        }
        return out;
    }

    private static float[] blip(Wave wave, float seconds, float fromHz, float toHz) {
        return envelope(sweep(wave, seconds, fromHz, toHz), 0.004f, 0.02f, 0.7f, seconds * 0.3f);
    }

    /** A voiced syllable-like blip: a buzzy tone gliding in pitch, band-limited like a small voice. */
    private static float[] syllable(float seconds, float fromHz, float toHz, float brightness) {
        float[] voice = sweep(Wave.SAW, seconds, fromHz, toHz, 9f, 0.02f);
        voice = Synth.bandPass(voice, brightness, brightness * 0.7f, 1.5f, 0f, 0f);
        mix(voice, tone(Wave.SQUARE, seconds, fromHz * 0.5f), 0f, 0.05f);
        return envelope(voice, 0.02f, 0.04f, 0.8f, seconds * 0.4f);
    }
}
