package com.judgmentday.screens;

import com.judgmentday.content.TuningDef;
import com.judgmentday.input.InputScript;
import com.badlogic.gdx.Files;
import com.badlogic.gdx.files.FileHandle;

import java.nio.file.Path;

/** What the command line asked the window for: the level, seed, and optional replay, recording and capture. */
public final class GameOptions {
    /** The level's map file; watched for saves when it is on disk. */
    public FileHandle levelFile;
    /** The level as the player named it (an id or a path), for recording headers. */
    public String levelName;
    /** Start at this checkpoint instead of the player spawn; null for the spawn. */
    public String checkpoint;
    public TuningDef tuning;
    public long seed = 1L;
    /** A recording to play instead of the player's devices, or null. */
    public InputScript replay;
    /** Where to write what the player does, or null. */
    public Path record;
    /** Where to save the framebuffer after {@link #screenshotFrames} frames, then exit; or null. */
    public Path screenshot;
    public int screenshotFrames = 60;
    public boolean fullscreen;
    /** Measure this many frames (frame times, draw calls), print the figures and exit; 0 for none. */
    public int benchFrames;
    public String version = "unknown";

    /** Saves to the level file reload it: true for files on disk, false for levels inside the jar. */
    public boolean watchLevel() {
        return levelFile.type() == Files.FileType.Absolute || levelFile.type() == Files.FileType.Local;
    }
}
