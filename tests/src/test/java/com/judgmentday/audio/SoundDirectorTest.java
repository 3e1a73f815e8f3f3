package com.judgmentday.audio;

import com.judgmentday.events.EventLog;
import com.judgmentday.events.EventType;
import com.judgmentday.events.GameEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: which sound each event cues, and how a volley is thinned, against a fake playback. */
class SoundDirectorTest {
    private final RecordingOutput output = new RecordingOutput();
    private final SoundDirector director = new SoundDirector(output);

    private void hear(long tick, EventType type, String what) {
        director.onEvent(new GameEvent(tick, type, 1, "t800", GameEvent.NOBODY, "", what, Float.NaN, what, Float.NaN, Float.NaN));
    }

    @Test
    void eachGunSoundsLikeItself() {
        hear(1, EventType.WEAPON_FIRED, "shotgun");
        hear(2, EventType.WEAPON_FIRED, "pistol");
        hear(3, EventType.WEAPON_FIRED, "m16");
        hear(4, EventType.GRENADE_LAUNCHED, "m79");
        assertThat(output.sounds()).containsExactly(SoundId.SHOTGUN, SoundId.PISTOL, SoundId.M16, SoundId.M79);
    }

    @Test
    void theGrenadeLauncherThunksOnceForItsTwoEvents() {
        hear(7, EventType.GRENADE_LAUNCHED, "m79");
        hear(7, EventType.WEAPON_FIRED, "m79");
        assertThat(output.sounds()).containsExactly(SoundId.M79);
    }

    @Test
    void theMinigunSpinsUpOnlyAfterAPause() {
        hear(10, EventType.WEAPON_FIRED, "minigun");
        hear(13, EventType.WEAPON_FIRED, "minigun");
        hear(13 + SoundDirector.MINIGUN_SPIN_DOWN_TICKS + 1, EventType.WEAPON_FIRED, "minigun");
        assertThat(output.sounds()).containsExactly(SoundId.MINIGUN_SPIN, SoundId.MINIGUN, SoundId.MINIGUN,
                SoundId.MINIGUN_SPIN, SoundId.MINIGUN);
    }

    @Test
    void aShotStrikingASurfaceSoundsLikeTheSurface() {
        hear(1, EventType.WEAPON_IMPACT, "flesh");
        hear(2, EventType.WEAPON_IMPACT, "liquid-metal");
        hear(3, EventType.WEAPON_IMPACT, "metal");
        hear(4, EventType.WEAPON_IMPACT, "steel");
        hear(5, EventType.WEAPON_IMPACT, "glass");
        hear(6, EventType.WEAPON_IMPACT, "concrete");
        hear(7, EventType.WEAPON_IMPACT, "wood");
        assertThat(output.sounds()).containsExactly(SoundId.IMPACT_FLESH, SoundId.IMPACT_LIQUID, SoundId.IMPACT_METAL,
                SoundId.IMPACT_METAL, SoundId.IMPACT_GLASS, SoundId.IMPACT_DULL, SoundId.IMPACT_DULL);
    }

    @Test
    void aVolleyInOneTickPlaysTwiceAndTheNextTickPlaysAgain() {
        for (int pellet = 0; pellet < 9; pellet++) {
            hear(20, EventType.WEAPON_IMPACT, "flesh");
        }
        hear(20, EventType.WEAPON_SHELL, "shotgun");
        hear(20, EventType.WEAPON_SHELL, "shotgun");
        hear(21, EventType.WEAPON_IMPACT, "flesh");
        assertThat(output.sounds()).containsExactly(SoundId.IMPACT_FLESH, SoundId.IMPACT_FLESH, SoundId.SHELL,
                SoundId.IMPACT_FLESH);
    }

    @Test
    void repeatedShotsVaryALittleInPitchAtTheirOwnLoudness() {
        for (int tick = 0; tick < 6; tick++) {
            hear(tick * 10, EventType.WEAPON_FIRED, "m16");
        }
        assertThat(output.played).allSatisfy(played -> {
            assertThat(played.pitch()).isBetween(0.9f, 1.1f);
            assertThat(played.loudness()).isEqualTo(SoundId.M16.level);
        });
        assertThat(output.played.stream().map(RecordingOutput.Played::pitch).distinct().count()).isGreaterThan(3);
    }

    @Test
    void theLiquidMetalManSoundsThroughHisStates() {
        hear(1, EventType.T1000_SPLASHED, "3 holes");
        hear(2, EventType.T1000_FROZEN, "-60");
        hear(3, EventType.T1000_SHATTERED, "40 shards");
        hear(4, EventType.T1000_REFORMING, "");
        hear(5, EventType.T1000_MELTING, "");
        hear(6, EventType.TANK_RUPTURED, "");
        hear(7, EventType.EXPLOSION, "fuse");
        assertThat(output.sounds()).containsExactly(SoundId.SLOSH, SoundId.FREEZE, SoundId.SHATTER, SoundId.MORPH,
                SoundId.BUBBLING, SoundId.TANK_HISS, SoundId.EXPLOSION);
    }

    @Test
    void theBladesWindUpIsHeardHighAndQuick() {
        // A first-time player lost John to a blow he said came without warning: its wind-up had no sound.
        hear(1, EventType.T1000_ATTACK, "blade arm, wind-up 24 ticks");
        assertThat(output.sounds()).containsExactly(SoundId.MORPH);
        assertThat(output.played.get(0).pitch()).as("above the morph's own pitch").isGreaterThan(1.5f);
    }

    @Test
    void cuesForPeopleAndMechanics() {
        hear(1, EventType.WEAPON_RELOADED, "shotgun");
        hear(2, EventType.WEAPON_EMPTY, "shotgun");
        hear(3, EventType.PICKUP_TAKEN, "ammo#14");
        hear(4, EventType.JOHN_PROTEST, "no killing");
        hear(5, EventType.T800_SHUTDOWN, "");
        hear(6, EventType.T800_REBOOT, "");
        hear(7, EventType.HURT, "blade");
        assertThat(output.sounds()).containsExactly(SoundId.RELOAD, SoundId.EMPTY, SoundId.PICKUP, SoundId.PROTEST,
                SoundId.SHUTDOWN, SoundId.REBOOT);
    }

    @Test
    void theLevelsEndStopsTheMusicForAStinger() {
        hear(100, EventType.LEVEL_LOST, "John caught by the T-1000");
        hear(200, EventType.LEVEL_WON, "");
        assertThat(output.music).containsExactly("stop", "stop");
        assertThat(output.sounds()).containsExactly(SoundId.LOSE, SoundId.WIN);
    }

    @Test
    void itHearsASimulationsEventLogAndANewRunStartsItsTicksAfresh() {
        EventLog events = new EventLog();
        events.addListener(director);
        events.setTick(50);
        events.event(EventType.WEAPON_FIRED).who(1, "t800").what("shotgun").emit();
        director.reset();
        events.setTick(50);
        events.event(EventType.WEAPON_FIRED).who(1, "t800").what("shotgun").emit();
        events.removeListener(director);
        events.event(EventType.WEAPON_FIRED).who(1, "t800").what("shotgun").emit();
        assertThat(output.sounds()).containsExactly(SoundId.SHOTGUN, SoundId.SHOTGUN);
    }
}
