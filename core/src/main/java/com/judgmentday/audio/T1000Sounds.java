package com.judgmentday.audio;

import com.badlogic.gdx.math.RandomXS128;
import com.judgmentday.audio.Synth.Wave;

import static com.judgmentday.audio.Synth.bandPass;
import static com.judgmentday.audio.Synth.crackle;
import static com.judgmentday.audio.Synth.decay;
import static com.judgmentday.audio.Synth.envelope;
import static com.judgmentday.audio.Synth.highPass;
import static com.judgmentday.audio.Synth.lowPass;
import static com.judgmentday.audio.Synth.mix;
import static com.judgmentday.audio.Synth.noise;
import static com.judgmentday.audio.Synth.silence;
import static com.judgmentday.audio.Synth.sweep;

/** Recipes for the liquid-metal man and the hazards that undo him: slosh, morph, freeze, shatter, melt, hiss. */
final class T1000Sounds {
    private T1000Sounds() {
    }

    /** A wet slosh: resonant filtered noise whose centre wobbles, over a low tone that wobbles with it. */
    static float[] slosh(long seed) {
        float[] out = silence(0.6f);
        float[] wet = bandPass(noise(0.6f, seed), 900f, 350f, 5f, 7f, 0.45f);
        mix(out, envelope(wet, 0.03f, 0.2f, 0.5f, 0.25f), 0f, 1f);
        float[] body = lowPass(sweep(Wave.TRIANGLE, 0.6f, 170f, 110f, 7f, 0.12f), 600f);
        mix(out, envelope(body, 0.05f, 0.2f, 0.4f, 0.25f), 0f, 0.5f);
        return out;
    }

    /** Reshaping: a longer, rising slosh with a metallic shimmer, pitch wobbling as the body flows. */
    static float[] morph(long seed) {
        float[] out = silence(1.1f);
        float[] wet = bandPass(noise(1.1f, seed), 300f, 1500f, 6f, 5f, 0.5f);
        mix(out, envelope(wet, 0.15f, 0.3f, 0.7f, 0.4f), 0f, 1f);
        float[] tone = lowPass(sweep(Wave.SAW, 1.1f, 90f, 240f, 6f, 0.08f), 900f);
        mix(out, envelope(tone, 0.2f, 0.3f, 0.6f, 0.4f), 0f, 0.35f);
        float[] shimmer = sweep(Wave.SINE, 1.1f, 1800f, 2600f, 11f, 0.04f);
        mix(out, envelope(shimmer, 0.4f, 0.2f, 0.5f, 0.4f), 0f, 0.08f);
        return out;
    }

    /** Freezing: ice crackling faster and brighter over a cold hiss. */
    static float[] freeze(long seed) {
        float[] out = silence(1.3f);
        float[] ice = highPass(crackle(1.3f, 260f, seed), 1800f);
        mix(out, envelope(ice, 0.5f, 0.3f, 0.8f, 0.4f), 0f, 1f);
        float[] hiss = highPass(lowPass(noise(1.3f, seed + 1), 9000f, 4000f), 3000f);
        mix(out, envelope(hiss, 0.05f, 0.4f, 0.3f, 0.6f), 0f, 0.35f);
        float[] creak = lowPass(sweep(Wave.SAW, 1.3f, 70f, 55f, 3f, 0.2f), 500f);
        mix(out, envelope(creak, 0.3f, 0.3f, 0.5f, 0.5f), 0f, 0.2f);
        return out;
    }

    /** A frozen body breaking: a sharp crack, then many glassy shards ringing and falling. */
    static float[] shatter(long seed) {
        float[] out = silence(1.2f);
        mix(out, decay(highPass(noise(0.5f, seed), 1500f), 0.0005f, 0.06f), 0f, 1f);
        mix(out, decay(sweep(Wave.SINE, 0.25f, 140f, 60f), 0.001f, 0.05f), 0f, 0.6f);
        RandomXS128 random = new RandomXS128(seed + 1);
        for (int i = 0; i < 26; i++) {
            float hz = 2500f + random.nextFloat() * 5000f;
            float at = (float) Math.pow(random.nextFloat(), 1.6f) * 0.9f;
            float[] shard = decay(Synth.tone(Wave.SINE, 0.25f, hz), 0.0003f, 0.015f + random.nextFloat() * 0.02f);
            mix(shard, decay(highPass(noise(0.02f, seed + 2 + i), 4000f), 0.0002f, 0.003f), 0f, 0.6f);
            mix(out, shard, at, 0.5f * (1f - at));
        }
        return out;
    }

    /** Molten steel: bubbles rising in pitch as they burst, over a low seething rumble. */
    static float[] bubbling(long seed) {
        float[] out = silence(1.4f);
        float[] seethe = lowPass(noise(1.4f, seed), 350f);
        mix(out, envelope(seethe, 0.1f, 0f, 1f, 0.4f), 0f, 1.2f);
        RandomXS128 random = new RandomXS128(seed + 1);
        for (int i = 0; i < 18; i++) {
            float from = 120f + random.nextFloat() * 220f;
            float length = 0.04f + random.nextFloat() * 0.05f;
            float[] bubble = envelope(sweep(Wave.SINE, length, from, from * 2.6f), 0.005f, 0f, 1f, length * 0.5f);
            mix(out, bubble, random.nextFloat() * 1.3f, 0.35f + random.nextFloat() * 0.3f);
        }
        return out;
    }

    /** A tank bursting: a clang of the shell, then gas hissing out, fading as the pressure drops. */
    static float[] tankHiss(long seed) {
        float[] out = silence(1.6f);
        mix(out, decay(Synth.tone(Wave.SINE, 0.5f, 180f), 0.001f, 0.08f), 0f, 0.6f);
        mix(out, decay(Synth.tone(Wave.SINE, 0.5f, 497f), 0.001f, 0.05f), 0f, 0.3f);
        mix(out, decay(highPass(noise(0.05f, seed), 1500f), 0.0003f, 0.006f), 0f, 0.6f);
        float[] gas = highPass(lowPass(noise(1.6f, seed + 1), 8000f, 3500f), 1800f);
        mix(out, envelope(gas, 0.02f, 0.6f, 0.5f, 0.7f), 0.01f, 0.9f);
        return out;
    }
}
