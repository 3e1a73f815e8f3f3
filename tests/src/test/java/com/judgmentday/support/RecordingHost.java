package com.judgmentday.support;

import com.judgmentday.menu.MenuHost;

import java.util.ArrayList;
import java.util.List;

/** A {@link MenuHost} that only writes down what the menus asked for, in order. */
public final class RecordingHost implements MenuHost {
    /** "play <level> <checkpoint or ->", "leave", "settings", "progress", "quit". */
    public final List<String> calls = new ArrayList<>();

    @Override
    public void play(String level, String checkpoint) {
        calls.add("play " + level + " " + (checkpoint == null ? "-" : checkpoint));
    }

    @Override
    public void leaveLevel() {
        calls.add("leave");
    }

    @Override
    public void settingsChanged() {
        calls.add("settings");
    }

    @Override
    public void progressChanged() {
        calls.add("progress");
    }

    @Override
    public void quit() {
        calls.add("quit");
    }
}
