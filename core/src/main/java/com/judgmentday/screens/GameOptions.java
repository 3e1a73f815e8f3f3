package com.judgmentday.screens;

import com.judgmentday.content.TuningDef;
import com.judgmentday.input.InputScript;
import com.badlogic.gdx.Files;
import com.badlogic.gdx.files.FileHandle;

import java.nio.file.Path;

/**
 * What the command line asked the window for: a level to go straight into (or none: the menus), seed, and
 * optional replay, recording and capture.
 */
public final class GameOptions {
    /** The level to go straight into, watched for saves when it is on disk; null: start at the menus. */
    public FileHandle levelFile;
    /** The level as the player named it (an id or a path), for recording headers. */
    public String levelName;
    /** Start at this checkpoint instead of the player spawn; null for the spawn. */
    public String checkpoint;
    public TuningDef tuning;
    public long seed = 1L;
    /** A recording to play instead of the player's devices, or null. */
    public InputScript replay;
    /** The bot's skill when the bot plays the level instead of the player's devices ({@code --bot}), or null. */
    public String bot;
    /** Where to write what the player does, or null. */
    public Path record;
    /** Where to save the framebuffer after {@link #screenshotFrames} frames, then exit; or null. */
    public Path screenshot;
    public int screenshotFrames = 60;
    public boolean fullscreen;
    /** Measure this many frames (frame times, draw calls), print the figures and exit; 0 for none. */
    public int benchFrames;
    public String version = "unknown";
    /**
     * The menu page to open at: title, main, levels, settings, keys, pad or credits; "pause" opens the level
     * paused. Null: the title, or straight into {@link #levelFile}.
     */
    public String screen;
    /** Where settings.json and progress.json live; null: the default (see UserFiles). */
    public Path userDir;

    /** Whether a person plays the level named (not a replay, not the bot): only then do its wins count as progress. */
    public boolean playerPlays() {
        return replay == null && bot == null;
    }

    /** Whether the window shows a capture or a measurement: the window then ignores the saved display settings. */
    public boolean tool() {
        return screenshot != null || benchFrames > 0;
    }

    /** Saves to the level file reload it: true for files on disk, false for levels inside the jar. */
    public boolean watchLevel() {
        return levelFile != null && watched(levelFile);
    }

    /** Whether saving a map file can reload it: it is on disk, not inside the jar. */
    public static boolean watched(FileHandle file) {
        return file.type() == Files.FileType.Absolute || file.type() == Files.FileType.Local;
    }
}
