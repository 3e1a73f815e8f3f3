package com.judgmentday.audio;

import static com.judgmentday.audio.Instruments.bass;
import static com.judgmentday.audio.Instruments.clank;
import static com.judgmentday.audio.Instruments.hat;
import static com.judgmentday.audio.Instruments.heartbeat;
import static com.judgmentday.audio.Instruments.kick;
import static com.judgmentday.audio.Instruments.pad;
import static com.judgmentday.audio.Instruments.snare;

/** The three loops, written beat by beat in 4/4: original music in the spirit of the film's industrial score. */
final class MusicPieces {
    private static final float PEAK = 0.8f;

    private MusicPieces() {
    }

    /**
     * The menu: 70 beats a minute, four bars. A dark pad moves D minor, B flat, G minor, A under a
     * heartbeat on every beat, with a steel clank opening each bar.
     */
    static float[] menu(long seed) {
        Score score = new Score(70f, 16);
        int[][] chords = {{50, 53, 57, 62}, {46, 50, 53, 58}, {43, 50, 55, 58}, {45, 49, 52, 57}};
        for (int bar = 0; bar < 4; bar++) {
            score.add(bar * 4f, pad(chords[bar], score.beats(5f), 900f), 0.3f);
            score.add(bar * 4f, bass(chords[bar][0] - 12, score.beats(4f), 160f), 0.5f);
            score.add(bar * 4f, clank(seed + bar, 110f), bar % 2 == 0 ? 0.3f : 0.18f);
        }
        float[] beat = heartbeat(seed, score.beats(0.3f));
        for (int b = 0; b < 16; b++) {
            score.add(b, beat, b % 4 == 0 ? 1.4f : 1.1f);
        }
        return score.finish(PEAK);
    }

    /**
     * The chase: 140 beats a minute, eight bars. A sixteenth-note bass ostinato over E, E, C, D, four on
     * the floor, a back-beat snare, eighth-note hats, a clank on every other bar.
     */
    static float[] chase(long seed) {
        Score score = new Score(140f, 32);
        int[] roots = {40, 40, 36, 38, 40, 40, 36, 35};
        int[] ostinato = {0, 0, 12, 0, 0, 7, 0, 10, 0, 0, 12, 0, 3, 0, 7, 5};
        float[][] notes = new float[128][];
        for (int bar = 0; bar < 8; bar++) {
            for (int step = 0; step < 16; step++) {
                int note = roots[bar] + ostinato[step];
                if (notes[note] == null) {
                    notes[note] = bass(note, score.beats(0.24f), 500f);
                }
                score.add(bar * 4 + step * 0.25f, notes[note], step % 4 == 0 ? 0.4f : 0.28f);
            }
            int[] stab = {roots[bar] + 24, roots[bar] + 27, roots[bar] + 31};
            score.add(bar * 4f, pad(stab, score.beats(2f), 1400f), 0.25f);
            if (bar % 2 == 0) {
                score.add(bar * 4f, clank(seed + bar, 147f), 0.25f);
            }
        }
        float[] kick = kick(seed, 1f);
        float[] snare = snare(seed + 10);
        for (int beat = 0; beat < 32; beat++) {
            score.add(beat, kick, 0.9f);
            if (beat % 2 == 1) {
                score.add(beat, snare, 0.5f);
            }
            score.add(beat + 0.5f, hat(seed + 20 + beat, 0.012f), 0.22f);
            score.add(beat, hat(seed + 60 + beat, 0.006f), 0.12f);
        }
        score.add(31.5f, snare, 0.35f).add(31.75f, snare, 0.45f);
        return score.finish(PEAK);
    }

    /**
     * The finale: 56 beats a minute, four heavy bars. Slow chords E minor, C, A minor, B over a low
     * drone, a hammer (deep kick and clank) on beats one and three, toms walking down at each bar's end.
     */
    static float[] finale(long seed) {
        Score score = new Score(56f, 16);
        int[][] chords = {{52, 55, 59}, {48, 52, 55}, {45, 52, 57}, {47, 51, 54}};
        for (int bar = 0; bar < 4; bar++) {
            score.add(bar * 4f, pad(chords[bar], score.beats(5f), 700f), 0.55f);
            score.add(bar * 4f, bass(chords[bar][0] - 24, score.beats(4f), 120f), 0.7f);
            score.add(bar * 4f, bass(chords[bar][0] - 17, score.beats(4f), 120f), 0.3f);
        }
        float[] hammer = kick(seed, 2.2f);
        for (int beat = 0; beat < 16; beat += 2) {
            score.add(beat, hammer, 1f);
            score.add(beat, clank(seed + beat, 82f), beat % 4 == 0 ? 0.45f : 0.3f);
        }
        float[] tom = kick(seed + 5, 1.3f);
        for (int bar = 0; bar < 4; bar++) {
            score.add(bar * 4 + 3.5f, tom, 0.45f).add(bar * 4 + 3.75f, tom, 0.35f);
        }
        return score.finish(PEAK);
    }
}
