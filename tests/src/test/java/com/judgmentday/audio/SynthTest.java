package com.judgmentday.audio;

import com.judgmentday.audio.Synth.Wave;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pure: the synthesizer's building blocks and the WAV they are written as. */
class SynthTest {
    @Test
    void theSameSeedGivesTheSameNoiseAndAnotherSeedOther() {
        assertThat(Synth.noise(0.1f, 7L)).containsExactly(Synth.noise(0.1f, 7L));
        assertThat(Synth.noise(0.1f, 7L)).isNotEqualTo(Synth.noise(0.1f, 8L));
    }

    @Test
    void aToneHasItsPitch() {
        float[] a440 = Synth.tone(Wave.SINE, 1f, 440f);
        int rising = 0;
        for (int i = 1; i < a440.length; i++) {
            if (a440[i - 1] < 0f && a440[i] >= 0f) {
                rising++;
            }
        }
        assertThat(a440).hasSize(Synth.RATE);
        assertThat(rising).isBetween(439, 441);
    }

    @Test
    void theLowPassKeepsTheBassAndTakesTheTreble() {
        float[] low = Synth.lowPass(Synth.tone(Wave.SINE, 0.5f, 100f), 800f);
        float[] high = Synth.lowPass(Synth.tone(Wave.SINE, 0.5f, 9000f), 800f);
        assertThat(steadyPeak(low)).isGreaterThan(0.9f);
        assertThat(steadyPeak(high)).isLessThan(0.05f);
    }

    @Test
    void theHighPassTakesTheBass() {
        float[] low = Synth.highPass(Synth.tone(Wave.SINE, 0.5f, 40f), 2000f);
        assertThat(steadyPeak(low)).isLessThan(0.1f);
    }

    @Test
    void anEnvelopeRisesFallsToItsSustainAndReleasesToSilence() {
        float[] shaped = Synth.envelope(ones(0.5f), 0.05f, 0.1f, 0.5f, 0.1f);
        assertThat(shaped[0]).isZero();
        assertThat(shaped[at(0.025f)]).isCloseTo(0.5f, within(0.01f));
        assertThat(shaped[at(0.05f)]).isCloseTo(1f, within(0.01f));
        assertThat(shaped[at(0.15f)]).isCloseTo(0.5f, within(0.01f));
        assertThat(shaped[at(0.3f)]).isCloseTo(0.5f, within(0.01f));
        assertThat(shaped[at(0.45f)]).isCloseTo(0.25f, within(0.01f));
        assertThat(shaped[shaped.length - 1]).isLessThan(1e-3f);
    }

    @Test
    void aDecayHalvesEveryHalfLifeAndEndsInSilence() {
        float[] decayed = Synth.decay(ones(0.5f), 0.01f, 0.05f);
        assertThat(decayed[0]).isZero();
        assertThat(decayed[at(0.01f)]).isCloseTo(1f, within(0.01f));
        assertThat(decayed[at(0.06f)]).isCloseTo(0.5f, within(0.01f));
        assertThat(decayed[at(0.11f)]).isCloseTo(0.25f, within(0.01f));
        assertThat(decayed[decayed.length - 1]).isLessThan(1e-3f);
    }

    @Test
    void mixingAddsAtTheOffsetAndCutsWhatOverhangs() {
        float[] target = new float[Synth.RATE];
        Synth.mix(target, ones(1f), 0.5f, 0.25f);
        assertThat(target[Synth.RATE / 2 - 1]).isZero();
        assertThat(target[Synth.RATE / 2]).isEqualTo(0.25f);
        assertThat(target[Synth.RATE - 1]).isEqualTo(0.25f);
    }

    @Test
    void theWavHeaderSaysSixteenBitMonoAt44100() {
        byte[] wav = WavEncoder.encode(new float[1000]);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(new String(wav, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
        assertThat(header.getInt(16)).isEqualTo(16);
        assertThat(header.getShort(20)).isEqualTo((short) 1);
        assertThat(header.getShort(22)).isEqualTo((short) 1);
        assertThat(header.getInt(24)).isEqualTo(44_100);
        assertThat(header.getInt(28)).isEqualTo(88_200);
        assertThat(header.getShort(32)).isEqualTo((short) 2);
        assertThat(header.getShort(34)).isEqualTo((short) 16);
        assertThat(new String(wav, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        assertThat(header.getInt(40)).isEqualTo(2000);
        assertThat(wav).hasSize(WavEncoder.HEADER_BYTES + 2000);
    }

    @Test
    void samplesBeyondFullScaleAreHeldAtTheRailNotWrapped() {
        ByteBuffer data = ByteBuffer.wrap(WavEncoder.encode(new float[] {2f, -2f, 0.5f, -1f}))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(data.getShort(44)).isEqualTo(Short.MAX_VALUE);
        assertThat(data.getShort(46)).isEqualTo((short) -Short.MAX_VALUE);
        assertThat((float) data.getShort(48)).isCloseTo(16384f, within(1f));
        assertThat(data.getShort(50)).isEqualTo((short) -Short.MAX_VALUE);
    }

    private static float[] ones(float seconds) {
        float[] out = Synth.silence(seconds);
        java.util.Arrays.fill(out, 1f);
        return out;
    }

    private static int at(float seconds) {
        return Math.round(seconds * Synth.RATE);
    }

    /** The loudest sample once a filter has settled (after the first tenth). */
    static float steadyPeak(float[] samples) {
        float max = 0f;
        for (int i = samples.length / 10; i < samples.length; i++) {
            max = Math.max(max, Math.abs(samples[i]));
        }
        return max;
    }
}
