package com.judgmentday.audio;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: every effect and music loop renders the same bytes each time, audibly, within 16 bits. */
class SoundRecipesTest {
    @Test
    void everyEffectIsTheSameBytesTwice() {
        for (SoundId id : SoundId.values()) {
            assertThat(WavEncoder.encode(id.render())).as(id.id).isEqualTo(WavEncoder.encode(id.render()));
        }
    }

    @Test
    void everyMusicLoopIsTheSameBytesTwice() {
        for (MusicId id : MusicId.values()) {
            assertThat(WavEncoder.encode(id.render())).as(id.id).isEqualTo(WavEncoder.encode(id.render()));
        }
    }

    @Test
    void everyEffectIsShortAudibleAndUnclipped() {
        Map<SoundId, short[]> rendered = new EnumMap<>(SoundId.class);
        for (SoundId id : SoundId.values()) {
            short[] pcm = pcm(WavEncoder.encode(id.render()));
            rendered.put(id, pcm);
            assertThat(pcm.length).as(id.id + " samples").isBetween(Synth.RATE / 20, Synth.RATE * 3);
            assertThat(peak(pcm)).as(id.id + " peak").isBetween(25_000, 30_000);
            assertThat(atTheRail(pcm)).as(id.id + " clipped samples").isZero();
            assertThat(rms(pcm)).as(id.id + " loudness").isGreaterThan(300.0);
        }
        assertThat(rendered.get(SoundId.SHOTGUN)).isNotEqualTo(rendered.get(SoundId.PISTOL));
    }

    @Test
    void musicLoopsAreWholeBarsAudibleAndUnclipped() {
        assertThat(MusicId.MENU.render()).hasSize(Math.round(16 * 60f / 70f * Synth.RATE));
        assertThat(MusicId.CHASE.render()).hasSize(Math.round(32 * 60f / 140f * Synth.RATE));
        assertThat(MusicId.FINALE.render()).hasSize(Math.round(16 * 60f / 56f * Synth.RATE));
        for (MusicId id : MusicId.values()) {
            short[] pcm = pcm(WavEncoder.encode(id.render()));
            assertThat(atTheRail(pcm)).as(id.id + " clipped samples").isZero();
            assertThat(rms(pcm)).as(id.id + " loudness").isGreaterThan(2000.0);
        }
    }

    @Test
    void musicLoopsJoinEndToStartWithoutAClick() {
        for (MusicId id : MusicId.values()) {
            float[] loop = id.render();
            double steps = 0.0;
            for (int i = 1; i < loop.length; i++) {
                steps += Math.abs(loop[i] - loop[i - 1]);
            }
            double typicalStep = steps / (loop.length - 1);
            assertThat((double) Math.abs(loop[0] - loop[loop.length - 1])).as(id.id + " end to start")
                    .isLessThan(4.0 * typicalStep);
        }
    }

    private static short[] pcm(byte[] wav) {
        ShortBuffer samples = ByteBuffer.wrap(wav, WavEncoder.HEADER_BYTES, wav.length - WavEncoder.HEADER_BYTES)
                .slice().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        short[] out = new short[samples.remaining()];
        samples.get(out);
        return out;
    }

    private static int peak(short[] pcm) {
        int max = 0;
        for (short s : pcm) {
            max = Math.max(max, Math.abs(s));
        }
        return max;
    }

    private static int atTheRail(short[] pcm) {
        int count = 0;
        for (short s : pcm) {
            count += Math.abs(s) >= Short.MAX_VALUE ? 1 : 0;
        }
        return count;
    }

    private static double rms(short[] pcm) {
        double sum = 0.0;
        for (short s : pcm) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / pcm.length);
    }
}
