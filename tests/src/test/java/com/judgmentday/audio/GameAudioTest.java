package com.judgmentday.audio;

import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: the whole chain, rendered in the background, loaded into a fake libGDX audio, cued by events. */
class GameAudioTest {
    private final List<String> log = new ArrayList<>();

    @Test
    void renderedSoundsLoadAndEventsPlayThem() throws InterruptedException {
        FakeAudio audio = new FakeAudio();
        GameAudio game = new GameAudio(audio, log::add);
        EventLog events = new EventLog();
        game.listenTo(events);
        game.playMusic(MusicId.CHASE);
        long deadline = System.currentTimeMillis() + 20_000L;
        while (log.isEmpty() && System.currentTimeMillis() < deadline) {
            game.update(null);
            Thread.sleep(5L);
        }
        events.emit(EventType.WEAPON_FIRED, "t800", "shotgun");
        EventLog next = new EventLog();
        game.listenTo(next);
        events.emit(EventType.WEAPON_FIRED, "t800", "shotgun");
        game.dispose();
        next.emit(EventType.WEAPON_FIRED, "t800", "shotgun");

        assertThat(log).hasSize(1);
        assertThat(log.get(0)).startsWith("audio: rendered " + SoundId.values().length + " effects");
        assertThat(audio.loaded).hasSize(1 + SoundId.values().length + MusicId.values().length);
        assertThat(audio.gains).hasSize(1);
        assertThat(audio.music.get("music-chase.wav").playing).isTrue();
        assertThat(audio.music.get("music-menu.wav").playing).isFalse();
        assertThat(audio.disposedSounds).isEqualTo(SoundId.values().length);
    }

    @Test
    void withoutADeviceEveryCallIsHarmless() {
        GameAudio game = new GameAudio(null, log::add);
        EventLog events = new EventLog();
        game.listenTo(events);
        game.playMusic(MusicId.MENU);
        events.emit(EventType.EXPLOSION, "m79", "fuse");
        game.update(null);
        game.mixer().setMaster(0.3f);
        game.dispose();
        assertThat(log).containsExactly("audio: no audio device; the game plays silent");
    }
}
