package com.judgmentday.audio;

import com.judgmentday.audio.Synth.Wave;

import static com.judgmentday.audio.Synth.crackle;
import static com.judgmentday.audio.Synth.decay;
import static com.judgmentday.audio.Synth.drive;
import static com.judgmentday.audio.Synth.envelope;
import static com.judgmentday.audio.Synth.highPass;
import static com.judgmentday.audio.Synth.lowPass;
import static com.judgmentday.audio.Synth.mix;
import static com.judgmentday.audio.Synth.noise;
import static com.judgmentday.audio.Synth.silence;
import static com.judgmentday.audio.Synth.sweep;

/** Recipes for guns, grenades and their mechanics: noise bursts for the blast, low sweeps for the body. */
final class WeaponSounds {
    private WeaponSounds() {
    }

    /** A big noise burst darkening as it fades, over a low thump: the pump shotgun. */
    static float[] shotgun(long seed) {
        float[] out = silence(0.7f);
        mix(out, decay(lowPass(noise(0.7f, seed), 6000f, 500f), 0.001f, 0.07f), 0f, 1f);
        mix(out, decay(sweep(Wave.SINE, 0.35f, 110f, 38f), 0.002f, 0.08f), 0f, 0.9f);
        mix(out, decay(highPass(noise(0.02f, seed + 1), 2500f), 0.0005f, 0.004f), 0f, 0.6f);
        return drive(out, 2.2f);
    }

    /** A short bright crack with a little body. */
    static float[] pistol(long seed) {
        float[] out = silence(0.3f);
        mix(out, decay(lowPass(highPass(noise(0.3f, seed), 700f), 7000f, 1200f), 0.0005f, 0.025f), 0f, 1f);
        mix(out, decay(sweep(Wave.SINE, 0.12f, 190f, 80f), 0.001f, 0.025f), 0f, 0.6f);
        return drive(out, 1.8f);
    }

    /** A sharper, shorter crack than the pistol: one round of a burst. */
    static float[] m16(long seed) {
        float[] out = silence(0.18f);
        mix(out, decay(highPass(lowPass(noise(0.18f, seed), 9000f, 2000f), 900f), 0.0003f, 0.018f), 0f, 1f);
        mix(out, decay(sweep(Wave.SQUARE, 0.06f, 240f, 110f), 0.0005f, 0.012f), 0f, 0.25f);
        return drive(out, 2.5f);
    }

    /** A very short chatter with a mechanical buzz under it: one of the minigun's many rounds. */
    static float[] minigun(long seed) {
        float[] out = silence(0.11f);
        mix(out, decay(highPass(lowPass(noise(0.11f, seed), 7000f, 2500f), 600f), 0.0003f, 0.012f), 0f, 1f);
        mix(out, decay(lowPass(sweep(Wave.SAW, 0.11f, 150f, 120f), 900f), 0.001f, 0.03f), 0f, 0.35f);
        return drive(out, 2.5f);
    }

    /** The barrels spinning up: a motor whine climbing in pitch, with a rattling tremolo. */
    static float[] minigunSpin(long seed) {
        float[] out = silence(0.7f);
        float[] whine = lowPass(sweep(Wave.SAW, 0.7f, 140f, 820f, 30f, 0.02f), 2400f);
        mix(out, envelope(whine, 0.25f, 0f, 1f, 0.12f), 0f, 0.8f);
        float[] rattle = Synth.tremolo(highPass(noise(0.7f, seed), 2000f), 38f, 0.8f);
        mix(out, envelope(rattle, 0.3f, 0f, 1f, 0.1f), 0f, 0.15f);
        return out;
    }

    /** The grenade launcher's hollow thunk: a fast falling tone, a puff of air, a knock on the tube. */
    static float[] m79(long seed) {
        float[] out = silence(0.35f);
        mix(out, decay(sweep(Wave.SINE, 0.3f, 190f, 55f), 0.001f, 0.05f), 0f, 1f);
        mix(out, decay(lowPass(sweep(Wave.SQUARE, 0.08f, 320f, 260f), 1200f), 0.001f, 0.015f), 0f, 0.4f);
        mix(out, decay(lowPass(noise(0.3f, seed), 1800f, 400f), 0.004f, 0.03f), 0f, 0.5f);
        return out;
    }

    /** A blast and a long rumble: low-passed noise closing down over two seconds, a deep thump, debris. */
    static float[] explosion(long seed) {
        float[] out = silence(2.2f);
        float[] roar = lowPass(noise(2.2f, seed), 3500f, 90f);
        mix(out, decay(roar, 0.004f, 0.35f), 0f, 1.6f);
        mix(out, decay(sweep(Wave.SINE, 0.9f, 75f, 28f), 0.003f, 0.22f), 0f, 1f);
        float[] debris = lowPass(crackle(1.6f, 60f, seed + 1), 2500f);
        mix(out, envelope(debris, 0.2f, 0f, 1f, 1.2f), 0.15f, 0.5f);
        return drive(out, 1.8f);
    }

    /** A brass case bouncing: three bright pings, each quieter and sooner than the last. */
    static float[] shell(long seed) {
        float[] out = silence(0.45f);
        float[] bounces = {0f, 0.16f, 0.27f, 0.34f};
        float[] pitches = {4200f, 5100f, 4600f, 5400f};
        for (int i = 0; i < bounces.length; i++) {
            float[] ping = decay(sweep(Wave.SINE, 0.1f, pitches[i], pitches[i] * 0.98f), 0.0005f, 0.012f);
            mix(ping, decay(sweep(Wave.SINE, 0.1f, pitches[i] * 1.53f, pitches[i] * 1.5f), 0.0005f, 0.008f), 0f, 0.5f);
            mix(out, ping, bounces[i], 1f - i * 0.22f);
        }
        mix(out, decay(highPass(noise(0.02f, seed), 5000f), 0.0002f, 0.002f), 0f, 0.4f);
        return out;
    }

    /** Two metallic clacks: the magazine goes in, the action is worked. */
    static float[] reload(long seed) {
        float[] out = silence(0.4f);
        mix(out, click(seed, 2600f, 0.012f), 0f, 0.8f);
        mix(out, click(seed + 1, 1900f, 0.02f), 0.2f, 1f);
        mix(out, decay(lowPass(noise(0.12f, seed + 2), 1500f), 0.01f, 0.02f), 0.18f, 0.3f);
        return out;
    }

    /** A single dry click: the hammer falls on nothing. */
    static float[] empty(long seed) {
        float[] out = silence(0.1f);
        return mix(out, click(seed, 3200f, 0.006f), 0f, 1f);
    }

    /** A tick of noise with a short metallic ring. */
    private static float[] click(long seed, float ringHz, float ringHalfLife) {
        float[] out = decay(highPass(noise(0.08f, seed), 3000f), 0.0002f, 0.0015f);
        return mix(out, decay(Synth.tone(Wave.SINE, 0.08f, ringHz), 0.0003f, ringHalfLife), 0f, 0.5f);
    }
}
