package com.judgmentday.audio;

import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: the whole chain, rendered in the background, loaded into a fake libGDX audio, cued by events. */
class GameAudioTest {
    private final List<String> log = new ArrayList<>();
    @TempDir
    Path userDir;

    @Test
    void renderedSoundsLoadAndEventsPlayThem() throws InterruptedException {
        FakeAudio audio = new FakeAudio();
        GameAudio game = new GameAudio(audio, null, log::add);
        EventLog events = new EventLog();
        game.listenTo(events);
        game.playMusic(MusicId.CHASE);
        untilReported(game);
        events.event(EventType.WEAPON_FIRED).who(1, "t800").what("shotgun").emit();
        EventLog next = new EventLog();
        game.listenTo(next);
        events.event(EventType.WEAPON_FIRED).who(1, "t800").what("shotgun").emit();
        game.dispose();
        next.event(EventType.WEAPON_FIRED).who(1, "t800").what("shotgun").emit();

        assertThat(log).hasSize(1);
        assertThat(log.get(0)).startsWith("audio: " + (SoundId.values().length + MusicId.values().length)
                + " sounds ready in ").contains("(0 from the cache, ");
        assertThat(audio.loaded).hasSize(1 + SoundId.values().length + MusicId.values().length);
        assertThat(audio.gains).hasSize(1);
        assertThat(audio.music.get("music-chase.wav").playing).isTrue();
        assertThat(audio.music.get("music-menu.wav").playing).isFalse();
        assertThat(audio.disposedSounds).isEqualTo(SoundId.values().length);
    }

    @Test
    void theFirstFrameGoesByBeforeTheDeviceIsCheckedOrAnyThreadStarts() throws InterruptedException {
        FakeAudio audio = new FakeAudio();
        List<ExecutorService> made = new ArrayList<>();
        GameAudio game = new GameAudio(audio, null, log::add, () -> {
            ExecutorService executor = Executors.newSingleThreadExecutor();
            made.add(executor);
            return executor;
        });
        game.playMusic(MusicId.MENU);
        game.update(null);
        assertThat(made).isEmpty();
        assertThat(audio.loaded).isEmpty();
        game.update(null);
        assertThat(made).hasSize(1);
        assertThat(audio.loaded).first().asString().startsWith("probe.wav ");
        game.dispose();
        assertThat(made.get(0).awaitTermination(10, TimeUnit.SECONDS)).as("the thread ends with the game").isTrue();
    }

    @Test
    void theSecondStartReadsEverySoundFromTheCache() throws Exception {
        GameAudio first = new GameAudio(new FakeAudio(), userDir, log::add);
        untilReported(first);
        first.dispose();
        GameAudio second = new GameAudio(new FakeAudio(), userDir, log::add);
        untilReported(second);
        second.dispose();
        int all = SoundId.values().length + MusicId.values().length;
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).contains("(0 from the cache, " + all + " rendered");
        assertThat(log.get(1)).contains("(" + all + " from the cache, 0 rendered");
        try (var versions = Files.list(userDir.resolve(GameAudio.CACHE))) {
            assertThat(versions).hasSize(1);
        }
    }

    private void untilReported(GameAudio game) throws InterruptedException {
        int before = log.size();
        long deadline = System.currentTimeMillis() + 20_000L;
        while (log.size() == before && System.currentTimeMillis() < deadline) {
            game.update(null);
            Thread.sleep(5L);
        }
    }

    @Test
    void withoutADeviceEveryCallIsHarmless() {
        GameAudio game = new GameAudio(null, null, log::add);
        EventLog events = new EventLog();
        game.listenTo(events);
        game.playMusic(MusicId.MENU);
        events.event(EventType.EXPLOSION).what("m79").detail("fuse").emit();
        game.update(null);
        game.mixer().setMaster(0.3f);
        game.dispose();
        assertThat(log).containsExactly("audio: no audio device; the game plays silent");
    }
}
