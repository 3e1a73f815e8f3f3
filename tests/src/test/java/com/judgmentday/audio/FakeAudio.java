package com.judgmentday.audio;

import com.badlogic.gdx.Audio;
import com.badlogic.gdx.audio.AudioDevice;
import com.badlogic.gdx.audio.AudioRecorder;
import com.badlogic.gdx.audio.Music;
import com.badlogic.gdx.audio.Sound;
import com.badlogic.gdx.backends.headless.mock.audio.MockMusic;
import com.badlogic.gdx.backends.headless.mock.audio.MockSound;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.GdxRuntimeException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A libGDX audio for tests: records the files it was given and the gains sounds played at; told to fail,
 * it throws the way OpenAL can; deviceless, it loads everything and plays nothing, the way libGDX's OpenAL
 * behaves on a machine without a sound card.
 */
final class FakeAudio implements Audio {
    final List<String> loaded = new ArrayList<>();
    final List<Float> gains = new ArrayList<>();
    /** Loops made, by file name. */
    final Map<String, FakeMusic> music = new LinkedHashMap<>();
    boolean failing;
    /** Like OpenAL with no sound card: everything loads, nothing plays. */
    boolean deviceless;
    int disposedSounds;

    /** A loop that remembers whether it plays, loops and how loud. */
    static final class FakeMusic extends MockMusic {
        private final boolean audible;
        boolean playing;
        boolean looping;
        float volume = -1f;

        FakeMusic(boolean audible) {
            this.audible = audible;
        }

        @Override
        public void play() {
            playing = audible;
        }

        @Override
        public void stop() {
            playing = false;
        }

        @Override
        public boolean isPlaying() {
            return playing;
        }

        @Override
        public void setLooping(boolean isLooping) {
            looping = isLooping;
        }

        @Override
        public void setVolume(float volume) {
            this.volume = volume;
        }
    }

    @Override
    public Sound newSound(FileHandle file) {
        if (failing) {
            throw new GdxRuntimeException("Could not open the OpenAL device");
        }
        byte[] bytes = file.readBytes();
        loaded.add(file.name() + " " + bytes.length);
        return new MockSound() {
            @Override
            public long play(float volume, float pitch, float pan) {
                gains.add(volume);
                return gains.size();
            }

            @Override
            public void dispose() {
                disposedSounds++;
            }
        };
    }

    @Override
    public Music newMusic(FileHandle file) {
        if (failing) {
            throw new GdxRuntimeException("Could not open the OpenAL device");
        }
        loaded.add(file.name() + " " + file.length());
        FakeMusic loop = new FakeMusic(!deviceless);
        music.put(file.name(), loop);
        return loop;
    }

    @Override
    public AudioDevice newAudioDevice(int samplingRate, boolean isMono) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AudioRecorder newAudioRecorder(int samplingRate, boolean isMono) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean switchOutputDevice(String deviceIdentifier) {
        return false;
    }

    @Override
    public String[] getAvailableOutputDevices() {
        return new String[0];
    }

    @Override
    public void dispose() {
    }
}
