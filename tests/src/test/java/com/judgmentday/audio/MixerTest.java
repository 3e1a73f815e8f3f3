package com.judgmentday.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pure: the mixer's three volumes. */
class MixerTest {
    @Test
    void volumesAreHeldBetweenZeroAndOne() {
        Mixer mixer = new Mixer().setMaster(1.7f).setMusic(-0.3f).setEffects(Float.NaN);
        assertThat(mixer.master()).isEqualTo(1f);
        assertThat(mixer.music()).isZero();
        assertThat(mixer.effects()).isZero();
    }

    @Test
    void anEffectPlaysAtMasterTimesEffectsTimesItsLoudness() {
        Mixer mixer = new Mixer().setMaster(0.5f).setEffects(0.8f).setMusic(0.4f);
        assertThat(mixer.effectGain(0.5f)).isCloseTo(0.2f, within(1e-6f));
        assertThat(mixer.effectGain(3f)).isCloseTo(0.4f, within(1e-6f));
        assertThat(mixer.musicGain()).isCloseTo(0.2f, within(1e-6f));
    }

    @Test
    void turningMasterDownSilencesEverything() {
        Mixer mixer = new Mixer().setMaster(0f);
        assertThat(mixer.effectGain(1f)).isZero();
        assertThat(mixer.musicGain()).isZero();
    }
}
