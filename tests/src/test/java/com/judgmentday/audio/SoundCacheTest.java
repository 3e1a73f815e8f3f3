package com.judgmentday.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: sounds kept on disk come back byte for byte, damaged files are made again, the cache stays bounded. */
class SoundCacheTest {
    private static final String KEY = "0123456789abcdef";
    private static final int ALL = SoundId.values().length + MusicId.values().length;
    private final List<String> log = new ArrayList<>();
    @TempDir
    Path root;

    @Test
    void aCachedSoundIsTheFreshlyRenderedOneByteForByte() {
        SoundRenderer first = new SoundRenderer(() -> new SoundCache(root, KEY, log::add), log::add);
        first.start(Runnable::run, MusicId.MENU);
        drain(first);
        assertThat(first.summary()).contains("(0 from the cache, " + ALL + " rendered");

        SoundRenderer second = new SoundRenderer(() -> new SoundCache(root, KEY, log::add), log::add);
        second.start(Runnable::run, MusicId.MENU);
        Map<SoundId, byte[]> effects = new EnumMap<>(SoundId.class);
        Map<MusicId, byte[]> music = new EnumMap<>(MusicId.class);
        for (SoundRenderer.Rendered rendered = second.poll(); rendered != null; rendered = second.poll()) {
            if (rendered.sound() != null) {
                effects.put(rendered.sound(), rendered.wav());
            } else {
                music.put(rendered.music(), rendered.wav());
            }
        }
        assertThat(second.summary()).contains("(" + ALL + " from the cache, 0 rendered");
        assertThat(effects).hasSize(SoundId.values().length);
        assertThat(music).hasSize(MusicId.values().length);
        for (SoundId id : SoundId.values()) {
            assertThat(effects.get(id)).as(id.id).isEqualTo(WavEncoder.encode(id.render()));
        }
        for (MusicId id : MusicId.values()) {
            assertThat(music.get(id)).as(id.id).isEqualTo(WavEncoder.encode(id.render()));
        }
        assertThat(log).isEmpty();
    }

    @Test
    void theMusicAboutToPlayComesFirstThenTheEffects() {
        SoundRenderer renderer = new SoundRenderer(() -> null, log::add);
        renderer.start(Runnable::run, MusicId.CHASE);
        assertThat(renderer.poll().music()).isEqualTo(MusicId.CHASE);
        assertThat(renderer.poll().sound()).isEqualTo(SoundId.values()[0]);
        assertThat(renderer.summary()).contains("(0 from the cache, " + ALL + " rendered");
    }

    @Test
    void aDamagedFileIsIgnoredAndRenderedAgain() throws IOException {
        byte[] pistol = WavEncoder.encode(SoundId.PISTOL.render());
        SoundRenderer filling = new SoundRenderer(() -> new SoundCache(root, KEY, log::add), log::add);
        filling.start(Runnable::run, null);
        drain(filling);
        SoundCache cache = new SoundCache(root, KEY, log::add);
        Path file = root.resolve(KEY).resolve("effect-pistol.wav");
        assertThat(cache.read("effect-pistol")).isEqualTo(pistol);

        byte[] flipped = Files.readAllBytes(file);
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(file, flipped);
        assertThat(cache.read("effect-pistol")).as("a changed sample").isNull();
        Files.write(file, Arrays.copyOf(SoundCache.wrap(pistol), pistol.length / 2));
        assertThat(cache.read("effect-pistol")).as("cut short").isNull();
        Files.write(file, new byte[3]);
        assertThat(cache.read("effect-pistol")).as("too short to be a WAV").isNull();

        SoundRenderer renderer = new SoundRenderer(() -> new SoundCache(root, KEY, log::add), log::add);
        renderer.start(Runnable::run, null);
        drain(renderer);
        assertThat(renderer.summary()).contains("(" + (ALL - 1) + " from the cache, 1 rendered");
        assertThat(new SoundCache(root, KEY, log::add).read("effect-pistol")).isEqualTo(pistol);
    }

    @Test
    void aWavWhoseOwnLengthsDisagreeIsRefusedEvenWithAGoodChecksum() {
        byte[] wav = WavEncoder.encode(Synth.noise(0.01f, 3L));
        wav[40]++;
        assertThat(SoundCache.unwrap(SoundCache.wrap(wav))).isNull();
    }

    @Test
    void otherVersionsAndHalfWrittenFilesAreDeletedWhenTheCacheOpens() throws IOException {
        Path old = Files.createDirectories(root.resolve("fedcba9876543210"));
        Files.write(old.resolve("effect-pistol.wav"), new byte[100]);
        Path current = Files.createDirectories(root.resolve(KEY));
        Files.write(current.resolve("effect-pistol.wav.123.tmp"), new byte[100]);
        new SoundCache(root, KEY, log::add);
        assertThat(old).doesNotExist();
        assertThat(current).isEmptyDirectory();
    }

    @Test
    void writingStopsAtTheLimit() {
        byte[] wav = WavEncoder.encode(Synth.noise(0.1f, 3L));
        SoundCache cache = new SoundCache(root, KEY, 2L * (wav.length + 8), log::add);
        cache.write("a", wav);
        cache.write("b", wav);
        cache.write("c", wav);
        assertThat(cache.read("a")).isEqualTo(wav);
        assertThat(cache.read("b")).isEqualTo(wav);
        assertThat(cache.read("c")).isNull();
        assertThat(log).isEmpty();
    }

    @Test
    void aCacheThatCantBeWrittenSaysSoOnceAndSoundStillComes() throws IOException {
        Path notADirectory = Files.write(root.resolve("taken"), new byte[1]);
        SoundRenderer renderer = new SoundRenderer(() -> new SoundCache(notADirectory, KEY, log::add), log::add);
        renderer.start(Runnable::run, null);
        drain(renderer);
        assertThat(renderer.finished()).isTrue();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).startsWith("audio: can't keep rendered sounds in " + notADirectory.resolve(KEY))
                .endsWith("they are rendered again at each start");
    }

    @Test
    void aCacheThatFailsToOpenIsOneLineAndEverySoundIsStillMade() {
        SoundRenderer renderer = new SoundRenderer(() -> {
            throw new IllegalStateException("disk on fire");
        }, log::add);
        renderer.start(Runnable::run, null);
        assertThat(drain(renderer)).isEqualTo(ALL);
        assertThat(renderer.finished()).isTrue();
        assertThat(log).containsExactly("audio: can't open the sound cache (java.lang.IllegalStateException: disk on fire);"
                + " sounds are rendered");
    }

    @Test
    void theKeyIsStableAndChangesWithAnyClassOfTheSynthesizer() {
        assertThat(SynthKey.compute()).isNotNull().hasSize(16).isEqualTo(SynthKey.compute());
        List<SynthKey.NamedBytes> classes = List.of(new SynthKey.NamedBytes("a.class", new byte[] {1, 2}),
                new SynthKey.NamedBytes("b.class", new byte[] {3}));
        List<SynthKey.NamedBytes> changed = List.of(new SynthKey.NamedBytes("a.class", new byte[] {1, 2}),
                new SynthKey.NamedBytes("b.class", new byte[] {4}));
        assertThat(SynthKey.of(classes)).isEqualTo(SynthKey.of(classes)).isNotEqualTo(SynthKey.of(changed));
    }

    private static int drain(SoundRenderer renderer) {
        int count = 0;
        while (renderer.poll() != null) {
            count++;
        }
        return count;
    }
}
