package com.judgmentday.menu;

/** What the menus ask of the game: the effects of choosing things, kept out of the GL-free flow. */
public interface MenuHost {
    /** Starts (or restarts) a level at a checkpoint (null: its start); the flow already shows {@link Page#PLAYING}. */
    void play(String level, String checkpoint);

    /** Ends the level being played, for the menus to take the whole screen. */
    void leaveLevel();

    /** A setting changed: apply it where it applies live, and save. */
    void settingsChanged();

    /** A level was completed or a checkpoint reached: save. */
    void progressChanged();

    /** Closes the game. */
    void quit();
}
