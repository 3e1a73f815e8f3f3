package com.judgmentday.settings;

import com.judgmentday.input.Action;

/**
 * The player's settings as plain data. The game owns one instance for the whole run and changes it in place
 * when the player does, so anything that holds it (the audio mixer, the level screen) sees changes at once.
 * Saved by {@link UserFiles}; docs/screens.md lists what each field does and when it takes effect.
 */
public final class Settings implements Volumes {
    /** The difficulties offered, easiest first; each names a {@code pursuit} section of tuning.json. */
    public static final String[] DIFFICULTIES = {"easy", "normal", "hard"};
    /** The slowest the game-speed assist goes. */
    public static final float MIN_GAME_SPEED = 0.5f;

    /** 0 to 1. */
    public float masterVolume = 0.8f;
    /** 0 to 1. */
    public float musicVolume = 0.7f;
    /** 0 to 1. */
    public float effectsVolume = 1f;
    public boolean fullscreen;
    public boolean vsync = true;
    /** Whether the camera may shake (for the renderer to honour when it shakes). */
    public boolean screenShake = true;
    /** One of {@link #DIFFICULTIES}; takes effect when a level (re)starts. */
    public String difficulty = "normal";
    /** Assist: how fast game time runs against real time, {@link #MIN_GAME_SPEED} to 1. The tick stays 1/60 s. */
    public float gameSpeed = 1f;
    /** Assist: the T-800 and John take no damage. */
    public boolean invulnerable;
    /** Keys per action (every action, two slots). */
    public final Bindings keys = Bindings.keyboardDefaults();
    /** Gamepad buttons per action (not movement: the stick and d-pad move). */
    public final Bindings pad = Bindings.gamepadDefaults();

    @Override
    public float masterVolume() {
        return masterVolume;
    }

    @Override
    public float musicVolume() {
        return musicVolume;
    }

    @Override
    public float effectsVolume() {
        return effectsVolume;
    }

    /** The actions a gamepad button can be bound to. */
    public static Action[] padActions() {
        return new Action[] {Action.JUMP, Action.FIRE, Action.ALT_FIRE, Action.SWITCH_WEAPON, Action.INTERACT,
            Action.RELOAD};
    }
}
