package com.judgmentday.audio;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pure: playback through a fake libGDX audio, including a device that fails and no device at all. */
class GdxSoundOutputTest {
    private final List<String> log = new ArrayList<>();
    private final FakeAudio audio = new FakeAudio();
    private final Mixer mixer = new Mixer();
    private final byte[] shot = WavEncoder.encode(Synth.noise(0.05f, 1L));

    @Test
    void soundsLoadFromMemoryAndPlayAtTheMixersGain() {
        GdxSoundOutput output = new GdxSoundOutput(audio, mixer.setMaster(0.5f).setEffects(0.5f), log::add);
        output.load(SoundId.PISTOL, shot);
        output.play(SoundId.PISTOL, 0.8f, 1f);
        output.play(SoundId.SHOTGUN, 1f, 1f);
        assertThat(audio.loaded).endsWith("pistol.wav " + shot.length);
        assertThat(audio.gains).hasSize(1);
        assertThat(audio.gains.get(0)).isCloseTo(0.2f, within(1e-6f));
        assertThat(log).isEmpty();
    }

    @Test
    void musicAskedForBeforeItIsReadyStartsLoopingWhenItLoadsAndFollowsTheMixer() {
        GdxSoundOutput output = new GdxSoundOutput(audio, mixer.setMaster(1f).setMusic(0.5f), log::add);
        output.playMusic(MusicId.CHASE);
        output.load(MusicId.CHASE, shot);
        FakeAudio.FakeMusic chase = audio.music.get("music-chase.wav");
        assertThat(chase.playing).isTrue();
        assertThat(chase.looping).isTrue();
        assertThat(chase.volume).isEqualTo(0.5f);
        mixer.setMusic(0.25f);
        output.update();
        assertThat(chase.volume).isEqualTo(0.25f);
        output.stopMusic();
        assertThat(chase.playing).isFalse();
    }

    @Test
    void withoutAnAudioDeviceItSaysSoOnceAndNothingThrows() {
        GdxSoundOutput output = new GdxSoundOutput(null, mixer, log::add);
        output.load(SoundId.PISTOL, shot);
        output.load(MusicId.MENU, shot);
        output.play(SoundId.PISTOL, 1f, 1f);
        output.playMusic(MusicId.MENU);
        output.update();
        output.stopMusic();
        output.dispose();
        assertThat(output.silent()).isTrue();
        assertThat(log).containsExactly("audio: no audio device; the game plays silent");
    }

    @Test
    void aDeviceThatPlaysNothingIsFoundAtOnceAndNothingLoads() {
        audio.deviceless = true;
        GdxSoundOutput output = new GdxSoundOutput(audio, mixer, log::add);
        output.load(SoundId.PISTOL, shot);
        output.play(SoundId.PISTOL, 1f, 1f);
        assertThat(output.silent()).isTrue();
        assertThat(audio.loaded).hasSize(1).allMatch(file -> file.startsWith("probe.wav "));
        assertThat(audio.music.get("probe.wav").playing).isFalse();
        assertThat(log).containsExactly("audio: no audio device (nothing plays); the game plays silent");
    }

    @Test
    void theDeviceIsCheckedOnceWhenOpenedAndTheCheckLeavesNothingPlaying() {
        GdxSoundOutput output = new GdxSoundOutput(audio, mixer, log::add);
        assertThat(audio.loaded).as("nothing touches the device before it is opened").isEmpty();
        output.open();
        output.open();
        output.load(SoundId.PISTOL, shot);
        assertThat(audio.loaded).hasSize(2).first().asString().startsWith("probe.wav ");
        assertThat(output.silent()).isFalse();
        assertThat(audio.music.get("probe.wav").playing).isFalse();
        assertThat(log).isEmpty();
    }

    @Test
    void whenOpenAlFailsItGoesSilentWithOneLineAndLetsGoOfWhatItHad() {
        GdxSoundOutput output = new GdxSoundOutput(audio, mixer, log::add);
        output.load(SoundId.PISTOL, shot);
        audio.failing = true;
        output.load(SoundId.SHOTGUN, shot);
        output.load(SoundId.M16, shot);
        output.load(MusicId.CHASE, shot);
        output.play(SoundId.PISTOL, 1f, 1f);
        output.playMusic(MusicId.CHASE);
        assertThat(output.silent()).isTrue();
        assertThat(audio.gains).isEmpty();
        assertThat(audio.disposedSounds).isEqualTo(1);
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).startsWith("audio: can't create the sound shotgun").endsWith("the game plays silent");
    }

    @Test
    void anInMemoryFileReadsTheSameBytesEveryTime() throws Exception {
        BytesFileHandle file = new BytesFileHandle("loop.wav", shot);
        assertThat(file.extension()).isEqualTo("wav");
        assertThat(file.length()).isEqualTo(shot.length);
        assertThat(file.read().readAllBytes()).isEqualTo(shot);
        assertThat(file.read().readAllBytes()).isEqualTo(shot);
    }
}
