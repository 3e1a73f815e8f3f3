package com.judgmentday.audio;

/** Where the director's cues go: libGDX in the game ({@link GdxSoundOutput}), a recording fake in tests. */
public interface SoundOutput {
    /**
     * Starts an effect.
     *
     * @param loudness 0..1, before the mixer
     * @param pitch 1 as rendered; 2 an octave up
     */
    void play(SoundId sound, float loudness, float pitch);

    /** Loops a piece, replacing whatever music was playing. */
    void playMusic(MusicId music);

    void stopMusic();
}
