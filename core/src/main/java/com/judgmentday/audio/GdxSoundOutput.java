package com.judgmentday.audio;

import com.badlogic.gdx.Audio;
import com.badlogic.gdx.audio.Music;
import com.badlogic.gdx.audio.Sound;
import com.badlogic.gdx.utils.Disposable;

import java.util.function.Consumer;

/**
 * Plays through libGDX: rendered WAVs become {@link Sound}s and looping {@link Music} (from memory, no
 * files), at the mixer's volumes. Without an audio device (no {@code Gdx.audio}, or OpenAL failing) it
 * says so once and stays silent: nothing here ever throws at the game.
 */
public final class GdxSoundOutput implements SoundOutput, Disposable {
    /** Length of the silent loop that checks for a device, seconds. */
    private static final float PROBE_SECONDS = 0.25f;
    private final Audio audio;
    private final Mixer mixer;
    private final Consumer<String> log;
    private final Sound[] sounds = new Sound[SoundId.values().length];
    private final Music[] loops = new Music[MusicId.values().length];
    private MusicId wanted;
    private Music playing;
    private float playingGain = -1f;
    private boolean silent;
    private boolean opened;

    /** With a null audio it is silent from the start. */
    public GdxSoundOutput(Audio audio, Mixer mixer, Consumer<String> log) {
        this.audio = audio;
        this.mixer = mixer;
        this.log = log;
        if (audio == null) {
            silence("no audio device", null);
        }
    }

    /**
     * Checks the device, once, before anything loads (the first load does it when nothing called this): plays
     * a moment of silence to see whether a device is really there, for OpenAL without a sound card gives
     * libGDX sounds that quietly do nothing, and a loop that never starts is how that shows.
     */
    public void open() {
        if (silent || opened) {
            return;
        }
        opened = true;
        Music probe = null;
        try {
            probe = audio.newMusic(new BytesFileHandle("probe.wav", WavEncoder.encode(Synth.silence(PROBE_SECONDS))));
            probe.setVolume(0f);
            probe.play();
            boolean playing = probe.isPlaying();
            probe.stop();
            if (!playing) {
                silence("no audio device (nothing plays)", null);
            }
        } catch (RuntimeException | LinkageError e) {
            silence("can't open the audio device", e);
        } finally {
            release(probe);
        }
    }

    /** True once audio has failed (or never was): nothing will play. */
    public boolean silent() {
        return silent;
    }

    /** Makes a WAV the sound to play for {@code id} (checking the device first, if nothing did yet). */
    public void load(SoundId id, byte[] wav) {
        open();
        if (silent) {
            return;
        }
        try {
            sounds[id.ordinal()] = audio.newSound(new BytesFileHandle(id.id + ".wav", wav));
        } catch (RuntimeException | LinkageError e) {
            silence("can't create the sound " + id.id, e);
        }
    }

    public void load(MusicId id, byte[] wav) {
        open();
        if (silent) {
            return;
        }
        try {
            Music music = audio.newMusic(new BytesFileHandle("music-" + id.id + ".wav", wav));
            music.setLooping(true);
            loops[id.ordinal()] = music;
        } catch (RuntimeException | LinkageError e) {
            silence("can't create the music " + id.id, e);
            return;
        }
        if (wanted == id) {
            playMusic(id);
        }
    }

    /** True when that effect is ready to play. */
    public boolean loaded(SoundId id) {
        return sounds[id.ordinal()] != null;
    }

    @Override
    public void play(SoundId id, float loudness, float pitch) {
        Sound sound = sounds[id.ordinal()];
        if (silent || sound == null) {
            return;
        }
        try {
            sound.play(mixer.effectGain(loudness), pitch, 0f);
        } catch (RuntimeException | LinkageError e) {
            silence("can't play " + id.id, e);
        }
    }

    @Override
    public void playMusic(MusicId id) {
        wanted = id;
        Music music = loops[id.ordinal()];
        if (silent || music == null || music == playing) {
            return;
        }
        stopPlaying();
        try {
            playingGain = mixer.musicGain();
            music.setVolume(playingGain);
            music.play();
            playing = music;
        } catch (RuntimeException | LinkageError e) {
            silence("can't play the music " + id.id, e);
        }
    }

    @Override
    public void stopMusic() {
        wanted = null;
        stopPlaying();
    }

    /** Follows the mixer's music volume; call once a frame. */
    public void update() {
        if (silent || playing == null || playingGain == mixer.musicGain()) {
            return;
        }
        try {
            playingGain = mixer.musicGain();
            playing.setVolume(playingGain);
        } catch (RuntimeException | LinkageError e) {
            silence("can't set the music volume", e);
        }
    }

    private void stopPlaying() {
        if (playing == null) {
            return;
        }
        Music music = playing;
        playing = null;
        try {
            music.stop();
        } catch (RuntimeException | LinkageError e) {
            silence("can't stop the music", e);
        }
    }

    /** One log line, then silence: whatever was loaded is let go. */
    private void silence(String why, Throwable cause) {
        if (silent) {
            return;
        }
        silent = true;
        playing = null;
        log.accept("audio: " + why + (cause == null ? "" : " (" + cause + ")") + "; the game plays silent");
        dispose();
    }

    @Override
    public void dispose() {
        for (int i = 0; i < sounds.length; i++) {
            release(sounds[i]);
            sounds[i] = null;
        }
        for (int i = 0; i < loops.length; i++) {
            release(loops[i]);
            loops[i] = null;
        }
        playing = null;
    }

    private static void release(Disposable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.dispose();
        } catch (RuntimeException | LinkageError e) {
            // Shutting down a failed device: there is nothing left to tell or to save.
        }
    }
}
