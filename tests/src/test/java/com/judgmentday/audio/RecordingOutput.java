package com.judgmentday.audio;

import java.util.ArrayList;
import java.util.List;

/** A fake playback for tests: writes down what it was asked to play. */
final class RecordingOutput implements SoundOutput {
    /** One effect started. */
    record Played(SoundId sound, float loudness, float pitch) {
    }

    final List<Played> played = new ArrayList<>();
    final List<String> music = new ArrayList<>();

    @Override
    public void play(SoundId sound, float loudness, float pitch) {
        played.add(new Played(sound, loudness, pitch));
    }

    @Override
    public void playMusic(MusicId id) {
        music.add("play " + id.id);
    }

    @Override
    public void stopMusic() {
        music.add("stop");
    }

    List<SoundId> sounds() {
        return played.stream().map(Played::sound).toList();
    }
}
