package com.judgmentday.audio;

/**
 * A loop being written: sounds are placed on beats, and whatever rings past the loop's end wraps round
 * onto its start, so the loop plays seamlessly over and over.
 */
final class Score {
    private final float secondsPerBeat;
    private final float[] out;

    Score(float beatsPerMinute, int beats) {
        secondsPerBeat = 60f / beatsPerMinute;
        out = Synth.silence(beats * secondsPerBeat);
    }

    /** Length of that many beats, seconds. */
    float beats(float count) {
        return count * secondsPerBeat;
    }

    /** Mixes a sound in at a beat (counted from 0), wrapping its tail round to the start. */
    Score add(float beat, float[] sound, float level) {
        int start = Math.round(beats(beat) * Synth.RATE) % out.length;
        for (int i = 0; i < sound.length; i++) {
            out[(start + i) % out.length] += sound[i] * level;
        }
        return this;
    }

    /** The finished loop, normalised to a peak with headroom. */
    float[] finish(float peak) {
        return Synth.normalize(out, peak);
    }
}
