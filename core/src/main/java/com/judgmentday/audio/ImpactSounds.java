package com.judgmentday.audio;

import com.badlogic.gdx.math.RandomXS128;
import com.judgmentday.audio.Synth.Wave;

import static com.judgmentday.audio.Synth.bandPass;
import static com.judgmentday.audio.Synth.decay;
import static com.judgmentday.audio.Synth.envelope;
import static com.judgmentday.audio.Synth.highPass;
import static com.judgmentday.audio.Synth.lowPass;
import static com.judgmentday.audio.Synth.mix;
import static com.judgmentday.audio.Synth.noise;
import static com.judgmentday.audio.Synth.silence;
import static com.judgmentday.audio.Synth.sweep;

/** Recipes for what a shot strikes, by surface, and for feet on the ground. */
final class ImpactSounds {
    private ImpactSounds() {
    }

    /** A muffled thud: dark noise and a low knock. */
    static float[] flesh(long seed) {
        float[] out = silence(0.2f);
        mix(out, decay(lowPass(noise(0.2f, seed), 700f, 250f), 0.002f, 0.025f), 0f, 1f);
        mix(out, decay(sweep(Wave.SINE, 0.15f, 120f, 60f), 0.002f, 0.03f), 0f, 0.8f);
        return out;
    }

    /** A ricochet off metal: a ping whose pitch falls away as the round whines off, after a hard tick. */
    static float[] metal(long seed) {
        float[] out = silence(0.45f);
        mix(out, decay(highPass(noise(0.03f, seed), 3000f), 0.0002f, 0.003f), 0f, 0.8f);
        mix(out, decay(Synth.tone(Wave.SINE, 0.3f, 2350f), 0.0005f, 0.04f), 0f, 0.6f);
        mix(out, decay(Synth.tone(Wave.SINE, 0.3f, 3720f), 0.0005f, 0.025f), 0f, 0.3f);
        float[] whine = envelope(sweep(Wave.SINE, 0.35f, 3400f, 1200f, 18f, 0.03f), 0.01f, 0.05f, 0.6f, 0.2f);
        mix(out, whine, 0.03f, 0.45f);
        return out;
    }

    /** Liquid metal taking a round: a wet, ringing splash that wobbles as it closes, and a few droplets. */
    static float[] liquid(long seed) {
        float[] out = silence(0.45f);
        float[] splash = bandPass(noise(0.45f, seed), 2400f, 500f, 4f, 9f, 0.3f);
        mix(out, decay(splash, 0.003f, 0.07f), 0f, 1f);
        RandomXS128 random = new RandomXS128(seed + 1);
        for (int i = 0; i < 3; i++) {
            float from = 500f + random.nextFloat() * 500f;
            float[] drop = decay(sweep(Wave.SINE, 0.06f, from, from * 2.2f), 0.002f, 0.012f);
            mix(out, drop, 0.08f + i * 0.07f + random.nextFloat() * 0.03f, 0.3f);
        }
        return out;
    }

    /** A small burst of glass: bright noise and a few glassy pings. */
    static float[] glass(long seed) {
        float[] out = silence(0.35f);
        mix(out, decay(highPass(noise(0.3f, seed), 3500f), 0.0005f, 0.03f), 0f, 0.7f);
        RandomXS128 random = new RandomXS128(seed + 1);
        for (int i = 0; i < 5; i++) {
            float hz = 2800f + random.nextFloat() * 3500f;
            mix(out, decay(Synth.tone(Wave.SINE, 0.15f, hz), 0.0005f, 0.02f), random.nextFloat() * 0.12f, 0.35f);
        }
        return out;
    }

    /** A round into earth, concrete or wood: a short dull knock and a puff of grit. */
    static float[] dull(long seed) {
        float[] out = silence(0.2f);
        mix(out, decay(lowPass(noise(0.2f, seed), 2200f, 600f), 0.0005f, 0.02f), 0f, 1f);
        mix(out, decay(sweep(Wave.SINE, 0.08f, 240f, 140f), 0.001f, 0.015f), 0f, 0.5f);
        mix(out, decay(highPass(noise(0.15f, seed + 1), 4000f), 0.01f, 0.03f), 0.01f, 0.15f);
        return out;
    }

    /** A soft thud of a boot: low noise, a gentle attack, over in a tenth of a second. */
    static float[] footstep(long seed) {
        float[] out = silence(0.14f);
        mix(out, decay(lowPass(noise(0.14f, seed), 600f, 250f), 0.004f, 0.02f), 0f, 1f);
        mix(out, decay(sweep(Wave.SINE, 0.08f, 95f, 70f), 0.003f, 0.015f), 0f, 0.5f);
        mix(out, decay(highPass(noise(0.05f, seed + 1), 2500f), 0.002f, 0.008f), 0.005f, 0.12f);
        return out;
    }
}
