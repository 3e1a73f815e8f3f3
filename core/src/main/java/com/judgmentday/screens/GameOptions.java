package com.judgmentday.screens;

import com.judgmentday.content.TuningDef;
import com.judgmentday.input.InputScript;
import com.judgmentday.level.LevelDef;

import java.nio.file.Path;

/** What the command line asked the window for: the level, seed, and optional replay, recording and capture. */
public final class GameOptions {
    public LevelDef level;
    /** The level as the player named it (an id or a path), for recording headers. */
    public String levelName;
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
    public String version = "unknown";
}
