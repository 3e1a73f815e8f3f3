package com.judgmentday.settings;

/**
 * The three volumes an audio mixer reads, each 0 to 1. A sound plays at master x its channel (music or
 * effects). {@link Settings} implements it; read it when a sound starts (or every frame for music), since
 * the settings screen changes the values while the game runs.
 */
public interface Volumes {
    float masterVolume();

    float musicVolume();

    float effectsVolume();
}
