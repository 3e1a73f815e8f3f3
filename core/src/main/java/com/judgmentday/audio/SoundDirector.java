package com.judgmentday.audio;

import com.judgmentday.events.GameEvent;
import com.judgmentday.events.GameEventListener;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Hears the simulation's events and cues the sounds they make: weapons by name, impacts by surface, the
 * T-1000's states, pick-ups, John, the T-800, the level's end. A volley (ten pellets striking in one tick)
 * starts a sound at most {@link SoundId#maxPerTick} times; repeated sounds vary a little in pitch, in a
 * fixed cycle, so a burst doesn't drone.
 */
public final class SoundDirector implements GameEventListener {
    /** After this many ticks without a minigun round its barrels have stopped, and the next burst spins up. */
    static final int MINIGUN_SPIN_DOWN_TICKS = 30;
    private static final float[] PITCHES = {1f, 0.95f, 1.04f, 0.98f, 1.06f, 0.93f, 1.02f};
    private static final Set<SoundId> VARIED = EnumSet.of(SoundId.SHOTGUN, SoundId.PISTOL, SoundId.M16,
            SoundId.MINIGUN, SoundId.M79, SoundId.SHELL, SoundId.IMPACT_FLESH, SoundId.IMPACT_METAL,
            SoundId.IMPACT_LIQUID, SoundId.IMPACT_GLASS, SoundId.IMPACT_DULL, SoundId.SLOSH, SoundId.EXPLOSION);

    private final SoundOutput output;
    private final long[] tickOf = new long[SoundId.values().length];
    private final int[] startedInTick = new int[SoundId.values().length];
    private long lastMinigunTick;
    private int variation;

    public SoundDirector(SoundOutput output) {
        this.output = output;
        reset();
    }

    /** Forgets the last simulation's ticks: call it before listening to a new one. */
    public void reset() {
        Arrays.fill(tickOf, -1L);
        lastMinigunTick = -MINIGUN_SPIN_DOWN_TICKS - 1L;
    }

    /** The loop a cue names, or null (stop). */
    private static MusicId music(String cue) {
        for (MusicId music : MusicId.values()) {
            if (music.id.equals(cue)) {
                return music;
            }
        }
        return null;
    }

    @Override
    public void onEvent(GameEvent event) {
        long tick = event.tick;
        switch (event.type) {
            case WEAPON_FIRED:
                fired(event.what, tick);
                break;
            case GRENADE_LAUNCHED:
                cue(SoundId.M79, tick);
                break;
            case WEAPON_SHELL:
                cue(SoundId.SHELL, tick);
                break;
            case WEAPON_IMPACT:
                cue(impact(event.what), tick);
                break;
            case EXPLOSION:
                cue(SoundId.EXPLOSION, tick);
                break;
            case TANK_RUPTURED:
                cue(SoundId.TANK_HISS, tick);
                break;
            case T1000_SPLASHED:
            case T1000_POURED:
            case T1000_THAWED:
                cue(SoundId.SLOSH, tick);
                break;
            case T1000_BURST:
                cue(SoundId.SLOSH, tick, 1f, 0.75f);
                break;
            case T1000_DISGUISED:
            case T1000_POSING:
            case T1000_REVEALED:
            case T1000_REFORMING:
                cue(SoundId.MORPH, tick);
                break;
            case T1000_REFORMED:
                cue(SoundId.MORPH, tick, 1f, 0.85f);
                break;
            case T1000_BRACED:
                // Its body setting hard against the shells, low: the ear's tell that the next ones barely move it.
                cue(SoundId.MORPH, tick, 1f, 0.6f);
                break;
            case T1000_ATTACK:
                // The arm running into a blade, high and quick: the blow's tell for the ear as well as the eye (a
                // first-time player lost John to a blow he said came without warning).
                cue(SoundId.MORPH, tick, 0.9f, 1.7f);
                break;
            case T1000_CHILLED:
                cue(SoundId.FREEZE, tick, 0.5f, 1.25f);
                break;
            case T1000_FROZEN:
                cue(SoundId.FREEZE, tick);
                break;
            case LIMB_SNAPPED:
                cue(SoundId.SHATTER, tick, 0.5f, 1.3f);
                break;
            case T1000_SHATTERED:
                cue(SoundId.SHATTER, tick);
                break;
            case T1000_MELTING:
                cue(SoundId.BUBBLING, tick);
                break;
            case T1000_MELTED:
                cue(SoundId.BUBBLING, tick, 1f, 0.7f);
                break;
            case T1000_FRAGMENT_LOST:
                cue(SoundId.BUBBLING, tick, 0.4f, 1.4f);
                break;
            case T1000_HIT:
            case MELEE_HIT:
                cue(SoundId.IMPACT_FLESH, tick);
                break;
            case WEAPON_RELOADED:
                cue(SoundId.RELOAD, tick);
                break;
            case WEAPON_SWITCHED:
                cue(SoundId.RELOAD, tick, 0.6f, 1.2f);
                break;
            case WEAPON_EMPTY:
                cue(SoundId.EMPTY, tick);
                break;
            case PICKUP_TAKEN:
                cue(SoundId.PICKUP, tick);
                break;
            case JOHN_PROTEST:
                cue(SoundId.PROTEST, tick);
                break;
            case T800_SHUTDOWN:
                cue(SoundId.SHUTDOWN, tick);
                break;
            case T800_REBOOT:
                cue(SoundId.REBOOT, tick);
                break;
            case MUSIC_CUE:
                // A beat's cue: one of the game's loops, or stop.
                MusicId music = music(event.what);
                if (music == null) {
                    output.stopMusic();
                } else {
                    output.playMusic(music);
                }
                break;
            case LEVEL_WON:
                output.stopMusic();
                cue(SoundId.WIN, tick);
                break;
            case LEVEL_LOST:
                output.stopMusic();
                cue(SoundId.LOSE, tick);
                break;
            default:
                break;
        }
    }

    /** A gun's report by its name in the event; the minigun whines up first after a pause. */
    private void fired(String weapon, long tick) {
        switch (weapon) {
            case "shotgun":
                cue(SoundId.SHOTGUN, tick);
                break;
            case "m16":
                cue(SoundId.M16, tick);
                break;
            case "minigun":
                if (tick - lastMinigunTick > MINIGUN_SPIN_DOWN_TICKS) {
                    cue(SoundId.MINIGUN_SPIN, tick);
                }
                lastMinigunTick = tick;
                cue(SoundId.MINIGUN, tick);
                break;
            case "m79":
                cue(SoundId.M79, tick);
                break;
            default:
                cue(SoundId.PISTOL, tick);
                break;
        }
    }

    /** What a shot sounds like on the surface it struck; earth, concrete, wood and tiles all thud. */
    static SoundId impact(String surface) {
        switch (surface) {
            case "flesh":
                return SoundId.IMPACT_FLESH;
            case "liquid-metal":
                return SoundId.IMPACT_LIQUID;
            case "metal":
            case "steel":
                return SoundId.IMPACT_METAL;
            case "glass":
                return SoundId.IMPACT_GLASS;
            default:
                return SoundId.IMPACT_DULL;
        }
    }

    private void cue(SoundId sound, long tick) {
        cue(sound, tick, 1f, 1f);
    }

    /** Plays unless the sound has already started its share this tick. */
    private void cue(SoundId sound, long tick, float loudness, float pitch) {
        int i = sound.ordinal();
        if (tickOf[i] != tick) {
            tickOf[i] = tick;
            startedInTick[i] = 0;
        }
        if (startedInTick[i] >= sound.maxPerTick) {
            return;
        }
        startedInTick[i]++;
        float varied = pitch;
        if (VARIED.contains(sound)) {
            variation = (variation + 1) % PITCHES.length;
            varied *= PITCHES[variation];
        }
        output.play(sound, sound.level * loudness, varied);
    }
}
