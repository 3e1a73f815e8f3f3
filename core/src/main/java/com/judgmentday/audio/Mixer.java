package com.judgmentday.audio;

/**
 * Three volumes, each 0..1: master, music and effects. Playback multiplies a sound's own loudness by
 * them; anything out of range (or not a number) is held to 0..1.
 */
public final class Mixer {
    private float master = 1f;
    private float music = 0.6f;
    private float effects = 1f;

    public float master() {
        return master;
    }

    public float music() {
        return music;
    }

    public float effects() {
        return effects;
    }

    public Mixer setMaster(float volume) {
        master = clamp(volume);
        return this;
    }

    public Mixer setMusic(float volume) {
        music = clamp(volume);
        return this;
    }

    public Mixer setEffects(float volume) {
        effects = clamp(volume);
        return this;
    }

    /** The gain an effect of that loudness plays at. */
    public float effectGain(float loudness) {
        return clamp(master * effects * clamp(loudness));
    }

    /** The gain music plays at. */
    public float musicGain() {
        return master * music;
    }

    static float clamp(float volume) {
        return volume > 0f ? Math.min(volume, 1f) : 0f;
    }
}
