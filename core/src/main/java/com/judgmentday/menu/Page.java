package com.judgmentday.menu;

/** Every screen of the game; {@link #PLAYING} is the level itself, with no menu over it. */
public enum Page {
    TITLE,
    MAIN,
    LEVELS,
    SETTINGS,
    KEYS,
    PAD,
    CREDITS,
    PLAYING,
    PAUSE,
    GAME_OVER,
    LEVEL_COMPLETE
}
